import { existsSync, readFileSync, writeFileSync } from 'node:fs';

export interface ContractViolation {
  pid: number;
  method: string;
  violation: string;
}

/** The file the dispatchers of this test file (in process and in child processes) record violations to. */
export function contractCheckLogFile(): string {
  const log = process.env.QUIRE_CONTRACT_CHECK_LOG;
  if (!log) throw new Error('The contract check is not set up: vitest.config.ts must list test/setup/contract-check.ts in setupFiles.');
  return log;
}

/** The violations recorded since the last call, which empties the record. */
export function takeContractViolations(): ContractViolation[] {
  const log = contractCheckLogFile();
  if (!existsSync(log)) return [];
  const text = readFileSync(log, 'utf8');
  if (text === '') return [];
  writeFileSync(log, '');
  return text.trimEnd().split('\n').map((line) => JSON.parse(line) as ContractViolation);
}

/** For a helper that starts a child process with an environment of its own: keeps the child checked. */
export function contractCheckEnv(): Record<string, string> {
  const log = process.env.QUIRE_CONTRACT_CHECK_LOG;
  return log ? { QUIRE_CONTRACT_CHECK_LOG: log } : {};
}
