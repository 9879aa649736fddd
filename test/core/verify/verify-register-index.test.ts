import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QuireCore } from '../../../electron/core/quire-core';
import { sqlite3Tool } from '../../helpers/sqlite3-tool';
import { adminPassword, createTestVault, type TestVault } from '../../helpers/temp-vault';

// The register index (register_entries, migration 0011) is derived from the revisions; an insider who edits
// it with the sqlite3 tool to show a draft as effective in the register is named by verify.
describe('verify checks the register index against the revisions', () => {
  let t: TestVault;
  beforeAll(async () => {
    t = await createTestVault();
    const author = await t.addSignedInUser('amy', 'Amy Author', ['author']);
    await t.core.call(author, 'documents.register', { type: 'SOP', department: 'QA', title: 'Cleaning', file: { path: t.file('a.txt', 'Rinse.\n') } });
    t.core.close();
  });
  afterAll(() => t.cleanup());

  it('passes the register a vault keeps, and names the document whose entry was edited', async () => {
    const verify = async () => {
      const core = QuireCore.openReadOnly(t.vaultPath);
      try {
        const { token } = await core.login('admin', adminPassword);
        return await core.call(token, 'vault.verify', {});
      } finally {
        core.close();
      }
    };
    expect((await verify()).problems).toEqual([]);
    sqlite3Tool(t.vaultPath, "UPDATE register_entries SET state = 'effective', effective_date = '2026-01-01';");
    const report = await verify();
    expect(report.ok).toBe(false);
    expect(report.problems).toEqual([expect.objectContaining({ kind: 'state', location: 'register_entries SOP-QA-0001' })]);
  });
});
