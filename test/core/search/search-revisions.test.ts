import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MethodResult } from '../../../shared/contract';
import { addDocumentTeam, registerEffectiveDocument, releaseNewestDraft, type DocumentTeam } from '../../helpers/document-team';
import { ghostscriptToPdf } from '../../helpers/pdf-tools';
import { createTestVault, type TestVault } from '../../helpers/temp-vault';
import { noChangeImpact } from '../../helpers/workflow';

// Issue 12.2: full-text search over the number, title, metadata and extracted text of revisions, in a real
// vault with real files (a Ghostscript PDF, UTF-8 text in French and Chinese), through the core's contract.

type Hits = MethodResult<'search.query'>['hits'];
const numbersOf = (hits: Hits) => hits.map((h) => h.number);
const snippetText = (hits: Hits, index = 0) => hits[index]!.snippet.map((p) => (p.match ? `[${p.text}]` : p.text)).join('');

/** A three-page PDF; "glovebox" is printed only on page 2. */
function threePagePdf(path: string): void {
  const page = (lines: string[]) => `/Helvetica findfont 12 scalefont setfont\n${lines.map((l, i) => `72 ${700 - i * 18} moveto (${l}) show`).join('\n')}\nshowpage`;
  ghostscriptToPdf(
    `%!PS\n${[
      page(['Scope: the aseptic filling room.', 'Wear gloves at all times.']),
      page(['Before each batch, purge the glovebox with nitrogen.', 'Record the oxygen reading.']),
      page(['Sign the batch record.', 'File it with quality assurance.']),
    ].join('\n')}\n`,
    path,
  );
}

describe('search.query', () => {
  let t: TestVault;
  let team: DocumentTeam;
  const numbers: Record<string, string> = {};
  const search = (token: string, query: string, extra: { allRevisions?: boolean; type?: string; limit?: number } = {}) => t.core.call(token, 'search.query', { query, ...extra });

  beforeAll(async () => {
    t = await createTestVault();
    team = await addDocumentTeam(t);
    threePagePdf(`${t.dir}/aseptic.pdf`);
    numbers.aseptic = await registerEffectiveDocument(t, team, 'Aseptic filling', `${t.dir}/aseptic.pdf`);
    numbers.chinese = await registerEffectiveDocument(t, team, '质量手册', t.file('manual.txt', '本文件规定了质量手册的要求和职责。\n适用于所有生产车间。\n'));
    numbers.french = await registerEffectiveDocument(t, team, 'Nettoyage des cuves', t.file('cuves.txt', 'Procédure de nettoyage : rincer à l’eau déminéralisée, puis sécher.\nVoir le resume du lot.\n'));
    // The title says calibration once; another document's text says it many times.
    numbers.titled = await registerEffectiveDocument(t, team, 'Calibration of balances', t.file('balances.txt', 'Weigh the reference masses every morning.\n'));
    numbers.texted = await registerEffectiveDocument(t, team, 'Weighing room rules', t.file('weighing.txt', 'Calibration. '.repeat(3) + 'The weighing room is kept at 20 degrees; calibration stickers must be current; calibration records are kept.\n'));
    // Superseded text: revision A says "zeppelin", revision B (effective) does not.
    numbers.superseded = await registerEffectiveDocument(t, team, 'Airship hangar', t.file('hangar-a.txt', 'Moor the zeppelin to the north mast.\n'));
    await t.core.call(team.author, 'revisions.createDraft', { impact: noChangeImpact, number: numbers.superseded, file: { path: t.file('hangar-b.txt', 'Moor the airship to the south mast.\n') }, changeSummary: 'New mast.' });
    await releaseNewestDraft(t, team, numbers.superseded);
    // A document that is only a draft, and an effective one with a newer draft.
    numbers.draft = (await t.core.call(team.author, 'documents.register', { type: 'WI', department: 'QA', title: 'Secret recipe', file: { path: t.file('recipe.txt', 'Add the marzipan last.\n') } })).number;
    await t.core.call(team.author, 'revisions.createDraft', { impact: noChangeImpact, number: numbers.aseptic, file: { path: t.file('aseptic-b.txt', 'Purge the isolator with hydrogen peroxide vapour.\n') }, changeSummary: 'Isolator.' });
  }, 240_000);
  afterAll(() => t.cleanup());

  it('finds a word printed only on page 2 of a PDF, with page number 2 and the word highlighted', async () => {
    const { hits } = await search(team.reader, 'glovebox');
    expect(numbersOf(hits)).toEqual([numbers.aseptic]);
    expect(hits[0]).toMatchObject({ page: 2, pages: [2], pageSource: 'text', revision: { label: 'A', state: 'effective' } });
    expect(snippetText(hits)).toContain('purge the [glovebox] with nitrogen');
  });

  it('finds a Chinese phrase inside a sentence without spaces, and a Chinese title', async () => {
    const { hits } = await search(team.reader, '质量手册的要求');
    expect(numbersOf(hits)).toEqual([numbers.chinese]);
    expect(hits[0]!.page).toBe(1);
    expect(snippetText(hits)).toContain('[质量手册的要求]');
    expect(numbersOf((await search(team.reader, '适用于所有')).hits)).toEqual([numbers.chinese]);
  });

  it('folds accents both ways: typed without them, and typed with them where the text has none', async () => {
    expect(numbersOf((await search(team.reader, 'procedure demineralisee')).hits)).toEqual([numbers.french]);
    expect(numbersOf((await search(team.reader, 'résumé')).hits)).toEqual([numbers.french]);
    expect(numbersOf((await search(team.reader, 'SÉCHER')).hits)).toEqual([numbers.french]);
  });

  it('ranks a match in the title before matches in the text', async () => {
    const { hits } = await search(team.reader, 'calibration');
    expect(numbersOf(hits)).toEqual([numbers.titled, numbers.texted]);
    expect(hits[0]!.page).toBeNull();
    expect(hits[1]!.page).toBe(1);
  });

  it('matches "quoted phrases" as phrases and plain words anywhere on the page', async () => {
    expect(numbersOf((await search(team.reader, '"oxygen reading"')).hits)).toEqual([numbers.aseptic]);
    expect(numbersOf((await search(team.reader, '"reading oxygen"')).hits)).toEqual([]);
    expect(numbersOf((await search(team.reader, 'reading oxygen')).hits)).toEqual([numbers.aseptic]);
  });

  it('finds the number and the metadata (type, department, owner)', async () => {
    expect(numbersOf((await search(team.reader, numbers.titled!)).hits)).toEqual([numbers.titled]);
    const byOwner = await search(team.reader, 'Arun Author', { type: 'SOP', limit: 100 });
    expect(byOwner.hits.length).toBe(6);
  });

  it('never gives a reader a draft: not a draft-only document, not the newer draft of an effective one', async () => {
    expect((await search(team.reader, 'marzipan')).hits).toEqual([]);
    expect((await search(team.reader, 'marzipan', { allRevisions: true })).hits).toEqual([]);
    expect((await search(team.reader, 'peroxide', { allRevisions: true })).hits).toEqual([]);
    // The author sees their draft: it is that document's current revision for them.
    expect((await search(team.author, 'marzipan')).hits[0]).toMatchObject({ number: numbers.draft, revision: { label: 'A.1', state: 'draft' } });
  });

  it('searches each document’s current revision by default, and every visible one with allRevisions', async () => {
    expect((await search(team.controller, 'zeppelin')).hits).toEqual([]);
    const all = await search(team.controller, 'zeppelin', { allRevisions: true });
    expect(all.hits.map((h) => [h.number, h.revision.label, h.revision.state])).toEqual([[numbers.superseded, 'A', 'superseded']]);
    // A reader does not see superseded revisions at all.
    expect((await search(team.reader, 'zeppelin', { allRevisions: true })).hits).toEqual([]);
    // The newer draft of the aseptic procedure is found for the controller only among all revisions.
    expect((await search(team.controller, 'peroxide')).hits).toEqual([]);
    expect((await search(team.controller, 'peroxide', { allRevisions: true })).hits.map((h) => h.revision.label)).toEqual(['B.1']);
  });

  it('filters by type and limits the count', async () => {
    expect((await search(team.author, 'marzipan', { type: 'sop' })).hits).toEqual([]);
    expect((await search(team.author, 'marzipan', { type: 'wi' })).hits.length).toBe(1);
    expect((await search(team.reader, 'Arun', { limit: 2 })).hits.length).toBe(2);
  });

  it('reads hostile input as words: no search syntax, no SQL error, at worst a clear INVALID_INPUT', async () => {
    const hostile = ['"', '*', 'NEAR(', 'NEAR(glovebox nitrogen)', 'OR', 'glovebox OR marzipan', '-', '-glovebox', 'glovebox NOT nitrogen', '"unbalanced glovebox', 'body:glovebox', '^glovebox', 'glove*', "'; DROP TABLE documents; --", '(glovebox', '{body}: x', 'x'.repeat(10_000), 'glovebox '.repeat(50)];
    for (const query of hostile) {
      const outcome = await search(team.reader, query).then(
        (result) => ({ ok: true as const, result }),
        (error: { code?: string; message: string }) => ({ ok: false as const, error }),
      );
      if (!outcome.ok) {
        expect(outcome.error.code, `${query.slice(0, 40)}: ${outcome.error.message}`).toBe('INVALID_INPUT');
        expect(outcome.error.message).not.toMatch(/fts5|syntax|SQL/i);
      }
    }
    // Operators are words: "OR" does not widen, "-" does not exclude, "NEAR(" is not a function.
    expect(numbersOf((await search(team.reader, 'glovebox OR marzipan')).hits)).toEqual([]);
    // As an operator NEAR(…) would match (both words are on page 2); as words, "near" is on no page.
    expect(numbersOf((await search(team.reader, 'NEAR(glovebox nitrogen)')).hits)).toEqual([]);
    expect(numbersOf((await search(team.reader, 'glove*')).hits)).toEqual([]);
    expect(numbersOf((await search(team.reader, '"unbalanced glovebox')).hits)).toEqual([]);
    expect(numbersOf((await search(team.reader, '"glovebox')).hits)).toEqual([numbers.aseptic]);
    await expect(search(team.reader, '* - "')).rejects.toMatchObject({ code: 'INVALID_INPUT', params: { problem: 'search-no-words' } });
    await expect(search(team.reader, 'x'.repeat(10_000))).rejects.toMatchObject({ code: 'INVALID_INPUT', params: { field: 'query', problem: 'too-long' } });
    await expect(search(team.reader, '质量')).rejects.toMatchObject({ code: 'INVALID_INPUT', params: { problem: 'search-term-too-short', min: 3 } });
  });

  it('follows a document’s new title at once (the index is kept in the transaction that changes it)', async () => {
    await t.core.call(team.controller, 'documents.update', { number: numbers.texted!, title: 'Weighing room hygrometers', reason: 'Clearer title.' });
    expect(numbersOf((await search(team.reader, 'hygrometers')).hits)).toEqual([numbers.texted]);
    expect(numbersOf((await search(team.reader, 'rules')).hits)).toEqual([]);
  });
});
