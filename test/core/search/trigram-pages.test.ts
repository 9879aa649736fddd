import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestVault, type TestVault } from '../../helpers/temp-vault';

// Migration 0016: the trigram index (for scripts written without spaces) holds a page of text only when
// the page has such characters; Latin pages are in the word index alone. Search answers as before: a
// Chinese query finds the Chinese page (and a Latin word on it), a Latin query finds every page.
describe('which pages the trigram index holds', () => {
  let t: TestVault;
  let author: string;
  const contentOf = (number: string) => t.core.vault.db.prepare('SELECT r.content_id FROM revisions r JOIN documents d ON d.id = r.document_id WHERE d.number = ?').pluck().get(number) as number;
  const pageRow = (number: string) => contentOf(number) * 16384 + 1;
  const rowsMatching = (index: string, match: string) => t.core.vault.db.prepare(`SELECT rowid FROM ${index} WHERE ${index} MATCH ? ORDER BY rowid`).pluck().all(match) as number[];
  let latin: string;
  let chinese: string;

  beforeAll(async () => {
    t = await createTestVault();
    author = await t.addSignedInUser('arun', 'Arun Author', ['author']);
    const register = async (title: string, name: string, text: string) => (await t.core.call(author, 'documents.register', { type: 'WI', department: 'QA', title, file: { path: t.file(name, text) } })).number;
    latin = await register('Autoclave cycle', 'latin.txt', 'Sterilise the autoclave chamber every week.\n');
    chinese = await register('Steriliser', 'chinese.txt', '高压灭菌器每周消毒一次。Autoclave cycle 121 °C.\n');
  }, 60_000);
  afterAll(() => t.cleanup());

  it('puts a page in the trigram index only when it has Chinese, Japanese or Korean characters', () => {
    expect(rowsMatching('search_index', '"autoclave"')).toEqual(expect.arrayContaining([pageRow(latin), pageRow(chinese)]));
    expect(rowsMatching('search_index_trigram', '"autoclave"').filter((row) => row > 0)).toEqual([pageRow(chinese)]);
    expect(t.core.vault.db.prepare('SELECT id, trigram FROM search_texts WHERE id IN (?, ?) ORDER BY id').raw().all(pageRow(latin), pageRow(chinese))).toEqual([
      [pageRow(latin), 0],
      [pageRow(chinese), 1],
    ]);
  });

  it('still finds the Chinese phrase, a Latin word with it, and the Latin word on its own everywhere', async () => {
    const numbers = async (query: string) => (await t.core.call(author, 'search.query', { query, allRevisions: true })).hits.map((h) => h.number).sort();
    expect(await numbers('灭菌器')).toEqual([chinese]);
    expect(await numbers('灭菌器 autoclave')).toEqual([chinese]);
    expect(await numbers('sterilise')).toEqual([latin]);
    expect(await numbers('autoclave')).toEqual([latin, chinese].sort());
  });
});
