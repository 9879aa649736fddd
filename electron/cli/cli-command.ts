import type { ParseArgsConfig } from 'node:util';
import type { QuireCore } from '../core/quire-core';
import type { ChainWitnessStore } from '../core/witness/chain-witness-store';

export type OptionSpec = NonNullable<ParseArgsConfig['options']>;

/** What a command gets: its parsed words, and — when it works on an open vault — the core and the signed-in token. */
export interface CommandInput {
  positionals: string[];
  values: Record<string, string | boolean | undefined>;
  env: NodeJS.ProcessEnv;
  json: boolean;
  out: (text: string) => void;
  /** Prints a warning line (CODE: sentence) on stderr, whatever the output format. */
  warn: (text: string) => void;
  /** This workstation's record of the chain heads it has seen (in the user's data folder). */
  witness: ChainWitnessStore;
  /**
   * Opens the vault named by the first positional and signs in the --as user; the password is kept for
   * signing. A command that writes asks for due releases to be applied first, so it works on the state
   * of today (a revision whose effective date has come is effective); a command that only reads writes
   * nothing beyond the sign-in; one that opens it read-only (a dry run) writes nothing at all.
   */
  signedIn(options?: { applyDueReleases?: boolean; readOnly?: boolean }): Promise<{ core: QuireCore; token: string; password: string }>;
}

/** What a command's run returns when it printed its answer itself, as it read it (streamed output). */
export const alreadyPrinted: unique symbol = Symbol('already printed');

export interface CliCommand {
  /** The words that name it: ['doc', 'add']. */
  words: string[];
  usage: string;
  summary: string;
  options: OptionSpec;
  /** Returns the value printed with --json (and rendered as text otherwise by `text`). */
  run(input: CommandInput): Promise<unknown>;
  text?(result: never): string;
}

export function defineCommand<R>(command: Omit<CliCommand, 'run' | 'text'> & { run(input: CommandInput): Promise<R>; text?(result: R): string }): CliCommand {
  return command as CliCommand;
}
