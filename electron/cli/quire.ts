import { parseArgs } from 'node:util';
import { QuireError } from '../../shared/errors';
import { toQuireError } from '../core/api/to-quire-error';
import type { QuireCore } from '../core/quire-core';
import { alreadyPrinted, type CliCommand, type CommandInput, type OptionSpec } from './cli-command';
import { allCliCommands, commandModuleFor } from './commands';
import { readPassword } from './read-password';
import { cliErrorLine, cliWarningLine } from './cli-error-hints';
import { usageError } from './cli-usage-error';
import { errorMessage } from '../../shared/messages';
import { ChainWitnessStore } from '../core/witness/chain-witness-store';
import { userDataFolder } from '../core/user-data-folder';

const globalOptions: OptionSpec = {
  as: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
};

function usage(cliCommands: CliCommand[]): string {
  return [
    'Usage: quire <command> [options]   (global: --as <user>, --json, --help)',
    '',
    ...cliCommands.map((c) => `  ${c.usage.padEnd(78)} ${c.summary}`),
    '',
    'Passwords come from QUIRE_PASSWORD (the --as user, or the new admin for init) and',
    'QUIRE_NEW_PASSWORD (a new password), or are asked for on a terminal.',
  ].join('\n');
}

/** The first two words that are not options or values of global options (command words come before the command's own options). */
function commandWords(argv: string[]): string[] {
  const valueOptions = new Set(Object.entries(globalOptions).filter(([, s]) => s.type === 'string').map(([name]) => `--${name}`));
  const words: string[] = [];
  for (let i = 0; i < argv.length && words.length < 2; i++) {
    const arg = argv[i]!;
    if (arg.startsWith('-')) {
      if (valueOptions.has(arg)) i++;
      continue;
    }
    words.push(arg);
  }
  return words;
}

/** Finds the command named by the first one or two words, loading only the module that holds it. */
async function findCommand(argv: string[]): Promise<CliCommand | undefined> {
  const found = commandModuleFor(commandWords(argv));
  if (!found) return undefined;
  return (await found.module.load()).find((c) => c.words.join(' ') === found.name);
}

function removeCommandWords(positionals: string[], words: string[]): string[] {
  const rest = [...positionals];
  for (const word of words) rest.splice(rest.indexOf(word), 1);
  return rest;
}

/** Runs one command line; returns the process exit code. Errors print as CODE: sentence on stderr. */
export async function main(argv: string[], env: NodeJS.ProcessEnv = process.env, io = { out: (s: string) => process.stdout.write(s), err: (s: string) => process.stderr.write(s) }): Promise<number> {
  const command = await findCommand(argv);
  if (!command) {
    if (argv.includes('--help') || argv.includes('-h') || argv.length === 0) {
      io.out(`${usage(await allCliCommands())}\n`);
      return argv.length === 0 ? 2 : 0;
    }
    io.err(`UNKNOWN_COMMAND: "${argv.filter((a) => !a.startsWith('-')).slice(0, 2).join(' ')}" is not a quire command. Run "quire --help" for the list.\n`);
    return 2;
  }
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: { ...globalOptions, ...command.options }, allowPositionals: true, strict: true });
  } catch (error) {
    io.err(`INVALID_INPUT: ${(error as Error).message}. Usage: quire ${command.usage}\n`);
    return 2;
  }
  if (parsed.values.help) {
    io.out(`quire ${command.usage}\n  ${command.summary}\n`);
    return 0;
  }
  const json = parsed.values.json === true;
  let core: QuireCore | undefined;
  const input: CommandInput = {
    positionals: removeCommandWords(parsed.positionals, command.words),
    values: parsed.values as Record<string, string | boolean | undefined>,
    env,
    json,
    out: (text) => io.out(`${text}\n`),
    warn: (text) => io.err(`${text}\n`),
    witness: new ChainWitnessStore(userDataFolder(env)),
    async signedIn(options = {}) {
      const vaultPath = input.positionals[0];
      if (!vaultPath) throw usageError({ field: 'vault', problem: 'required' }, command.usage);
      const username = parsed.values.as;
      if (typeof username !== 'string') throw new QuireError('NOT_SIGNED_IN', { reason: 'user-not-named' }, { variable: 'QUIRE_PASSWORD' });
      const password = await readPassword(env, 'QUIRE_PASSWORD', `Password for ${username}`);
      // Loaded only by commands that open a vault: the core brings the contract's schemas and every handler.
      const { QuireCore } = await import('../core/quire-core');
      core = options.readOnly ? QuireCore.openReadOnly(vaultPath, { witness: input.witness }) : QuireCore.open(vaultPath, { witness: input.witness });
      if (core.witnessWarning) input.warn(cliWarningLine(core.witnessWarning));
      if (options.applyDueReleases) core.applyDueReleases();
      const { token } = await core.login(username, password);
      return { core, token, password };
    },
  };
  try {
    const result = await command.run(input);
    if (result === alreadyPrinted) return 0;
    if (json) io.out(`${JSON.stringify(result ?? null, null, 2)}\n`);
    else if (command.text) io.out(`${command.text(result as never)}\n`);
    return 0;
  } catch (error) {
    const quireError = toQuireError(error);
    if (json) io.out(`${JSON.stringify({ error: quireError.toJSON() }, null, 2)}\n`);
    io.err(`${cliErrorLine(quireError, errorMessage(quireError))}\n`);
    return quireError.code === 'INVALID_INPUT' ? 2 : 1;
  } finally {
    core?.close();
  }
}
