import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QuireCore } from '../../../electron/core/quire-core';
import { tempFolder } from '../../helpers/temp-vault';
import { buildVaultAtSchema, olderVaultPassword } from '../vault/older-vaults/older-vault';
import { rowsAtSchema } from '../vault/older-vaults/rows-at-schema';

// Issue 12.2: a vault written before the search index existed (schema 6, with documents from schema 1 and
// texts stored at schema 3) is indexed by migration 0009 when a newer Quire opens it, and is searchable at once.

describe('a vault from before full-text search', () => {
  const { dir, cleanup } = tempFolder('quire-search-upgrade-');
  const file = path.join(dir, 'schema-6.quire');
  let core: QuireCore;
  let carol: string;

  beforeAll(async () => {
    await buildVaultAtSchema(file, 6, rowsAtSchema);
    core = QuireCore.open(file, { workstation: 'search-upgrade-test' });
    carol = (await core.login('carol', olderVaultPassword)).token;
    await core.call(carol, 'session.changePassword', { currentPassword: olderVaultPassword, newPassword: 'Kept-for-15-years-1' });
  }, 600_000);
  afterAll(() => {
    core.close();
    cleanup();
  });

  it('finds the text it stored before the upgrade, on its page, in the revision that holds it', async () => {
    const { hits } = await core.call(carol, 'search.query', { query: 'dry the filling line', allRevisions: true });
    expect(hits.map((h) => [h.number, h.revision.label, h.page])).toEqual([['SOP-QA-0001', 'B.1', 1]]);
    expect(hits[0]!.snippet.filter((p) => p.match).map((p) => p.text.toLowerCase())).toEqual(expect.arrayContaining(['dry', 'filling', 'line']));
  });

  it('finds its documents by number and title', async () => {
    const byTitle = await core.call(carol, 'search.query', { query: 'Cleaning filling line 2' });
    expect(byTitle.hits.map((h) => h.number)).toContain('SOP-QA-0001');
    const byNumber = await core.call(carol, 'search.query', { query: 'WI-PROD-0001' });
    expect(byNumber.hits[0]?.number).toBe('WI-PROD-0001');
  });
});
