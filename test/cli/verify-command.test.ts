import { chmodSync, copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileState } from '../helpers/file-state';
import { runQuire } from '../helpers/quire-cli';
import { adminPassword, tempFolder } from '../helpers/temp-vault';

// `quire verify` reads a vault and leaves it exactly as it found it: one file, no -wal or -shm.
describe('quire verify', () => {
  const folder = tempFolder('quire-verify-');
  const vault = path.join(folder.dir, 'qms.quire');

  beforeAll(async () => {
    const init = await runQuire(['init', vault, '--admin', 'admin', '--name', 'Ada Admin'], { QUIRE_PASSWORD: adminPassword });
    expect(init.code).toBe(0);
  });
  afterAll(() => folder.cleanup());

  it('checks a closed vault and leaves only the vault file behind, unchanged', async () => {
    const before = fileState(vault);
    expect(before.folder).toEqual(['qms.quire']);
    const run = await runQuire(['verify', vault]);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toMatch(/^OK: 2 audit events/);
    expect(fileState(vault)).toEqual(before);
  });

  it('says how to verify a vault whose folder cannot be written, and writes nothing', async () => {
    const readOnly = path.join(folder.dir, 'read-only');
    mkdirSync(readOnly);
    const copy = path.join(readOnly, 'qms.quire');
    copyFileSync(vault, copy);
    chmodSync(copy, 0o644);
    chmodSync(readOnly, 0o555);
    chmodSync(folder.dir, 0o755);
    try {
      // root writes anywhere unless it gives up CAP_DAC_OVERRIDE, which setpriv (util-linux) does for the command.
      const run = await runQuire(['verify', copy], {}, { launcher: process.getuid?.() === 0 ? ['setpriv', '--bounding-set=-dac_override', '--'] : [] });
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/^VAULT_READ_ONLY: Quire cannot open .*qms\.quire where it is: .*qms\.quire-shm.*Copy the vault to a writable folder and open or verify the copy\.\n$/);
      expect(readdirSync(readOnly)).toEqual(['qms.quire']);
    } finally {
      chmodSync(readOnly, 0o755);
    }
  });
});
