import type { VerifyProblem } from '../../shared/contract';
import { runQuire } from './quire-cli';

export interface VerifyRun {
  code: number | null;
  stdout: string;
  stderr: string;
  problems: VerifyProblem[];
}

/** Runs the real `quire verify <vault> --json [more]` and reads the problems it reports, passed or failed. */
export async function verifyWithCli(vaultPath: string, more: string[] = [], env: Record<string, string> = {}): Promise<VerifyRun> {
  const run = await runQuire(['verify', vaultPath, '--json', ...more], env);
  const printed = JSON.parse(run.stdout) as { error?: { details?: { report?: { problems: VerifyProblem[] } } }; problems?: VerifyProblem[] };
  return { code: run.code, stdout: run.stdout, stderr: run.stderr, problems: printed.error?.details?.report?.problems ?? printed.problems ?? [] };
}
