import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

/** A fresh temp folder for one test file, removed when the file's tests are done. */
export function useTempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), `quire-${prefix}-`));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}
