import { appendFileSync } from 'node:fs';
import { contractViolation, type CallOutcome } from '../../../shared/contract/contract-conformance';

/**
 * The dispatcher checks its own answers against the contract when QUIRE_CONTRACT_CHECK_LOG names a
 * file. Only the test setup (test/setup/contract-check.ts) sets it; the tests' child processes (the
 * CLI, the loopback and core hosts, bundled or not) inherit it, which no monkey-patch from outside
 * could reach. A violation is appended to the file as one JSON line and the answer goes out
 * unchanged: the setup fails the test that caused it, even when the test expected some error.
 */
export function contractCheckLog(): string | undefined {
  return process.env.QUIRE_CONTRACT_CHECK_LOG || undefined;
}

export function recordContractViolation(log: string, method: string, violation: string): void {
  try {
    appendFileSync(log, `${JSON.stringify({ pid: process.pid, method, violation })}\n`);
  } catch {
    // The test run that asked for the check is over and took its file with it; nobody is listening.
  }
}

/** Records the answer's violation of the contract, if checking is on and there is one. */
export function selfCheckAnswer(method: string, outcome: CallOutcome): void {
  const log = contractCheckLog();
  if (!log) return;
  const violation = contractViolation(method, outcome);
  if (violation) recordContractViolation(log, method, violation);
}
