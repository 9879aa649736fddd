// Runs before every test file (vitest.config.ts setupFiles): the contract is enforced in the whole
// suite, not by each test remembering to. Every core that answers a call for this test file, in
// this process or in a child process it starts (the CLI, the loopback host, the core host), checks
// each answer against the contract: a result must parse with its method's result schema, an error
// code must be one the method or the dispatcher declares, a query must not change the vault. The
// cores do it themselves when QUIRE_CONTRACT_CHECK_LOG names a file (see
// electron/core/api/contract-self-check.ts), so bundled and forked cores are covered too; a
// violation fails the test during which it was recorded.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach } from 'vitest';
import { takeContractViolations, type ContractViolation } from '../helpers/contract-violations';

const dir = mkdtempSync(path.join(os.tmpdir(), 'quire-contract-check-'));
const log = path.join(dir, 'violations.jsonl');
writeFileSync(log, '');
process.env.QUIRE_CONTRACT_CHECK_LOG = log;

function failOn(violations: ContractViolation[]): void {
  if (violations.length === 0) return;
  throw new Error(`The contract was broken ${violations.length} time(s):\n${violations.map((v) => `  [pid ${v.pid}] ${v.violation}`).join('\n')}`);
}

afterEach(() => failOn(takeContractViolations()));

// A child process may answer after its test ended (a host shutting down): its violations fail the file.
afterAll(() => {
  const late = takeContractViolations();
  rmSync(dir, { recursive: true, force: true });
  failOn(late);
});
