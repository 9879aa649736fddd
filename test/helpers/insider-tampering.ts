import { copyFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { sqlite3Tool } from './sqlite3-tool';
import { verifyWithCli } from './verify-cli';

/** A copy of an honest (closed) vault, edited by an insider's SQL with the sqlite3 tool, every trigger dropped first. */
export function tamperedCopy(vaultPath: string, dir: string, name: string, sql: string): string {
  const copy = path.join(dir, `${name}.quire`);
  copyFileSync(vaultPath, copy);
  const triggers = sqlite3Tool(copy, "SELECT name FROM sqlite_master WHERE type = 'trigger';").split('\n').filter(Boolean);
  sqlite3Tool(copy, `${triggers.map((n) => `DROP TRIGGER ${n};`).join('\n')}\n${sql}`);
  return copy;
}

/** The real `quire verify` fails the file and names the row at `location` with a state problem saying `says`. */
export async function expectStateProblem(file: string, location: RegExp, says: RegExp): Promise<void> {
  const run = await verifyWithCli(file);
  expect(run.code).toBe(1);
  expect(run.stderr).toMatch(/^VAULT_VERIFY_FAILED: /);
  expect(run.problems).toContainEqual(expect.objectContaining({ kind: 'state', location: expect.stringMatching(location), message: expect.stringMatching(says) }));
}
