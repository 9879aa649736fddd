import Database from 'better-sqlite3';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentTextDigest } from '../../../electron/core/text/content-text-digest';
import { closeVault, openVault } from '../../../electron/core/vault/open-vault';
import { createTestVault, tempFolder, type TestVault } from '../../helpers/temp-vault';
import { buildVaultAtSchema, type OlderVault } from '../vault/older-vaults/older-vault';
import { rowsAtSchema } from '../vault/older-vaults/rows-at-schema';
import { insertDraft } from '../vault/older-vaults/schema-1-rows';

// Migration 0017: the text of a page is stored once, in content_texts. The search indexes read it back
// through the search_content view, so a bulk import no longer writes every text a third time; a vault
// written before answers every query exactly as it did.

const bytesOf = (db: Database.Database, table: string) => db.prepare('SELECT coalesce(sum(pgsize), 0) FROM dbstat WHERE name = ?').pluck().get(table) as number;

describe('a page of text stored once', () => {
  let t: TestVault;
  let author: string;

  beforeAll(async () => {
    t = await createTestVault();
    author = await t.addSignedInUser('arun', 'Arun Author', ['author']);
  }, 60_000);
  afterAll(() => t.cleanup());

  it('keeps no second copy of a long text, and still finds a word in it with its snippet', async () => {
    const lines = Array.from({ length: 4000 }, (_, i) => `Step ${i}: inspect valve V-${i} and record reading ${i * 7}.`);
    lines[3123] = 'Step 3123: the pasteurizer holding tube is checked for leaks.';
    const text = `${lines.join('\n')}\n`;
    const { number } = await t.core.call(author, 'documents.register', { type: 'WI', department: 'QA', title: 'Valve rounds', file: { path: t.file('valves.txt', text) } });
    const db = t.core.vault.db;
    expect(bytesOf(db, 'content_texts')).toBeGreaterThan(text.length);
    // The page's row says only that it exists: no text.
    expect(bytesOf(db, 'search_texts')).toBeLessThan(text.length / 10);
    const found = await t.core.call(author, 'search.query', { query: 'pasteurizer holding tube', allRevisions: true });
    expect(found.hits.map((h) => [h.number, h.page])).toEqual([[number, 1]]);
    expect(found.hits[0]!.snippet.filter((p) => p.match).map((p) => p.text.toLowerCase())).toEqual(['pasteurizer', 'holding', 'tube']);
  });
});

/** The pages of a text a schema-16 Quire stored, with their rows in search_texts as it wrote them. */
const pagesAtSchema16 = ['Sterilise the autoclave chamber at 121 °C.', 'Stérilisation de l’autoclave : contrôle hebdomadaire.', '高压灭菌器每周消毒一次。Autoclave log.', '   ', 'Dernière étape : signer le registre.'];

async function addTextsAtSchema16(vault: OlderVault): Promise<void> {
  const documentId = vault.db.prepare("SELECT id FROM documents WHERE number = 'WI-PROD-0001'").pluck().get() as number;
  vault.write(() => {
    const draft = { documentId, number: 'WI-PROD-0001', majorLabel: 'Z', draftNumber: 1, fileName: 'autoclave.txt', text: pagesAtSchema16.join('\f'), changeSummary: 'Autoclave checks.' };
    const { contentId } = insertDraft(vault, draft);
    const row = { status: 'ok', pages: JSON.stringify(pagesAtSchema16), failure_reason: null, page_sources: null };
    vault.db
      .prepare('INSERT INTO content_texts (content_id, status, pages, failure_reason, page_sources, extracted_at, text_sha256) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(contentId, row.status, row.pages, null, null, vault.now().toISOString(), contentTextDigest(row));
    pagesAtSchema16.forEach((page, i) => {
      if (page.trim() === '') return;
      vault.db.prepare('INSERT INTO search_texts (id, body, trigram) VALUES (?, ?, ?)').run(contentId * 16384 + i + 1, page, /[\p{Script=Han}]/u.test(page) ? 1 : 0);
    });
  });
}

describe('a vault whose pages were copied into search_texts (schema 16)', () => {
  const { dir, cleanup } = tempFolder('quire-page-text-once-');
  const file = path.join(dir, 'schema-16.quire');
  const queries: [string, string][] = [
    ['search_index', '"autoclave"'],
    ['search_index', '"sterilisation"'],
    ['search_index', '"derniere" "etape"'],
    ['search_index', '"filling" "line"'],
    ['search_index', '"SOP"'],
    ['search_index_trigram', '"灭菌器"'],
    ['search_index_trigram', '"Autoclave"'],
  ];
  const answers = (db: Database.Database) =>
    queries.map(([index, match]) =>
      db
        .prepare(`SELECT rowid, snippet(${index}, -1, '[', ']', '…', 24) AS snippet, round(bm25(${index}), 9) AS rank FROM ${index} WHERE ${index} MATCH ? ORDER BY rowid`)
        .all(match),
    );
  let before: unknown[];

  beforeAll(async () => {
    await buildVaultAtSchema(file, 16, { ...rowsAtSchema, 16: addTextsAtSchema16 });
    const db = new Database(file, { readonly: true });
    try {
      before = answers(db);
    } finally {
      db.close();
    }
  }, 600_000);
  afterAll(cleanup);

  it('answers every query as before once upgraded: the same rows, snippets and ranks, read from the one copy', () => {
    expect(before.every((rows) => (rows as unknown[]).length > 0)).toBe(true);
    const vault = openVault(file);
    try {
      expect(answers(vault.db)).toEqual(before);
      expect(vault.db.prepare("SELECT count(*) FROM pragma_table_info('search_texts') WHERE name = 'body'").pluck().get()).toBe(0);
    } finally {
      closeVault(vault);
    }
  });
});
