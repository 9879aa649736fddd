import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPdfCorpus } from '../../helpers/pdf-corpus';
import { addDocumentTeam, registerEffectiveDocument, type DocumentTeam } from '../../helpers/document-team';
import { convertWithLibreOffice, writeFlatOdt } from '../../helpers/office-documents';
import { pdfTextByPage, qpdfCheck, squash } from '../../helpers/pdf-tools';
import { createTestVault, type TestVault } from '../../helpers/temp-vault';
import { vaultCounts } from '../../helpers/vault-counts';
import { noChangeImpact } from '../../helpers/workflow';

// What a document controller puts in the vault is whatever their suppliers and authors made: PDFs
// (some protected, some broken), text, Markdown, Word files. The broken ones are refused at the door;
// every other one prints, and the PDF each print came from is recorded by its hash.
describe('printing what authors and suppliers supply', () => {
  let t: TestVault;
  let team: DocumentTeam;
  let corpus: string;
  let out: string;
  const printTo = (name: string) => path.join(out, name);
  const printRows = () => t.core.vault.db.prepare('SELECT count(*) AS n FROM prints').get() as { n: number };

  beforeAll(async () => {
    t = await createTestVault();
    team = await addDocumentTeam(t);
    corpus = path.join(t.dir, 'corpus');
    out = path.join(t.dir, 'out');
    mkdirSync(corpus);
    mkdirSync(out);
    await buildPdfCorpus(corpus, { bigPages: 3 });
  });
  afterAll(() => t.cleanup());

  it('refuses a PDF that needs a password, is truncated, has no pages, or is a picture named .pdf, leaving the vault unchanged', async () => {
    const before = vaultCounts(t.core.vault.db);
    for (const [file, code] of [
      ['user-password.pdf', 'PDF_ENCRYPTED'],
      ['truncated.pdf', 'PDF_CORRUPT'],
      ['zero-pages.pdf', 'PDF_NO_PAGES'],
      ['picture-named.pdf', 'NOT_A_PDF'],
    ] as const) {
      await expect(t.core.call(team.author, 'documents.register', { type: 'SOP', department: 'QA', title: file, file: { path: path.join(corpus, file) } }), file).rejects.toMatchObject({
        code,
        message: expect.stringContaining(`${file}: `),
      });
    }
    expect(vaultCounts(t.core.vault.db)).toEqual(before);
  });

  it('refuses a broken PDF as a new draft of an existing document too', async () => {
    const doc = await t.core.call(team.author, 'documents.register', { type: 'SOP', department: 'QA', title: 'Draft target', file: { path: path.join(corpus, 'ghostscript.pdf') } });
    const before = vaultCounts(t.core.vault.db);
    await expect(t.core.call(team.author, 'revisions.createDraft', { impact: noChangeImpact, number: doc.number, file: { path: path.join(corpus, 'truncated.pdf') }, changeSummary: 'x' })).rejects.toMatchObject({ code: 'PDF_CORRUPT' });
    expect(vaultCounts(t.core.vault.db)).toEqual(before);
    const drafted = (await t.core.call(t.adminToken, 'audit.list', {})).find((e) => e.action === 'revision.drafted' && (e.newValue as { document: string }).document === doc.number);
    expect(drafted!.newValue).toMatchObject({ pdf: { pageCount: 5, encryption: 'none' } });
  });

  it('accepts owner-password-only PDFs and prints them: stamped when changes are allowed, behind a stamped cover sheet when not, and says which', async () => {
    const open = await registerEffectiveDocument(t, team, 'Supplier standard', path.join(corpus, 'owner-password.pdf'));
    const stamped = await t.core.call(team.controller, 'prints.print', { number: open, mode: 'controlled', copyholder: 'Lab', destination: printTo('owner.pdf') });
    expect(stamped).toMatchObject({ mode: 'stamped', coverSheetReason: null, sourcePages: 5 });
    expect(qpdfCheck(stamped.path).ok).toBe(true);

    const locked = await registerEffectiveDocument(t, team, 'Purchased standard', path.join(corpus, 'owner-password-no-modify.pdf'));
    const covered = await t.core.call(team.reader, 'prints.print', { number: locked, mode: 'uncontrolled', destination: printTo('locked.pdf') });
    expect(covered.mode).toBe('cover-sheet');
    expect(covered.coverSheetReason).toMatch(/permissions/);
    expect(qpdfCheck(covered.path).ok).toBe(true);
    expect(squash(pdfTextByPage(covered.path)[0]!)).toMatch(/cover sheet|printed exactly as supplied/i);
    const history = await t.core.call(team.reader, 'documents.history', { number: locked });
    expect(history.find((h) => h.action === 'revision.printed')!.description).toContain('behind a stamped cover sheet');
  });

  it('prints text and Markdown through its own rendering and a Word file through LibreOffice, recording each rendition hash', async () => {
    const odt = path.join(t.dir, 'torque.fodt');
    writeFlatOdt(odt, [['Torque setting of the capping head: 2.5 N·m ± 0.2.', 'Prüfung durch QA.']], { fontSizePt: 11, pageWidthCm: 21 });
    const [docx] = convertWithLibreOffice([odt], 'docx', t.dir);
    const cases = [
      { file: t.file('note.txt', 'Plain text procedure\nLine two — Größe 审核\n'), kind: 'rendered', tool: 'Quire text renderer', text: 'Plain text procedure' },
      { file: t.file('note.md', '# Heading\n\nMarkdown **procedure** body.\n'), kind: 'rendered', tool: 'Quire Markdown renderer', text: 'Markdown procedure body' },
      { file: docx!, kind: 'converted', tool: 'LibreOffice', text: 'Torque setting of the capping head' },
    ];
    for (const c of cases) {
      const number = await registerEffectiveDocument(t, team, `Format ${path.extname(c.file)}`, c.file);
      const result = await t.core.call(team.controller, 'prints.print', { number, mode: 'controlled', copyholder: 'Line 1', destination: printTo(`${path.basename(c.file)}.pdf`) });
      expect(result.rendition.kind, c.file).toBe(c.kind);
      expect(result.rendition.tool).toContain(c.tool);
      expect(squash(pdfTextByPage(result.path)[0]!)).toContain(c.text);
      const row = t.core.vault.db
        .prepare('SELECT c.sha256, r.kind FROM renditions r JOIN contents c ON c.id = r.rendition_content_id JOIN revisions v ON v.content_id = r.content_id JOIN documents d ON d.id = v.document_id WHERE d.number = ?')
        .get(number) as { sha256: string; kind: string };
      expect(row).toEqual({ sha256: result.rendition.sha256, kind: c.kind });
      const stored = t.core.vault.db.prepare('SELECT data FROM content_chunks WHERE content_id = (SELECT id FROM contents WHERE sha256 = ?) ORDER BY seq').all(row.sha256) as { data: Buffer }[];
      expect(createHash('sha256').update(Buffer.concat(stored.map((s) => s.data))).digest('hex')).toBe(row.sha256);
      const events = await t.core.call(t.adminToken, 'audit.list', {});
      expect(events.some((e) => e.action === 'revision.rendition_created' && (e.newValue as { document: string; sha256: string }).document === number && (e.newValue as { sha256: string }).sha256 === row.sha256)).toBe(true);
    }
  });

  it('names the fix when neither Word nor LibreOffice is found, and records nothing', async () => {
    const odt = path.join(t.dir, 'other.fodt');
    writeFlatOdt(odt, [['Another instruction.']], { fontSizePt: 11, pageWidthCm: 21 });
    const [docx] = convertWithLibreOffice([odt], 'docx', t.dir);
    const number = await registerEffectiveDocument(t, team, 'Needs LibreOffice', docx!);
    const before = { ...vaultCounts(t.core.vault.db), prints: printRows() };
    const saved = process.env.QUIRE_SOFFICE;
    process.env.QUIRE_SOFFICE = path.join(t.dir, 'no-such-soffice');
    try {
      await expect(t.core.call(team.reader, 'prints.print', { number, mode: 'uncontrolled', destination: printTo('other.pdf') })).rejects.toMatchObject({
        code: 'RENDITION_TOOL_MISSING',
        // Word is looked for first (the vault's default order), then LibreOffice; the sentence names both.
        params: { tools: ['word', 'libreoffice'] },
        message: expect.stringContaining('Install Microsoft Word or LibreOffice'),
      });
    } finally {
      if (saved === undefined) delete process.env.QUIRE_SOFFICE;
      else process.env.QUIRE_SOFFICE = saved;
    }
    expect({ ...vaultCounts(t.core.vault.db), prints: printRows() }).toEqual(before);
  });

  it('leaves no file and no record when the print cannot be written or moved into place', async () => {
    const number = await registerEffectiveDocument(t, team, 'Failing prints', path.join(corpus, 'ghostscript.pdf'));
    const before = { ...vaultCounts(t.core.vault.db), prints: printRows(), copies: t.core.vault.db.prepare('SELECT count(*) AS n FROM controlled_copies').get() };
    const beforeOut = readdirSync(out).sort();
    await expect(t.core.call(team.controller, 'prints.print', { number, mode: 'controlled', copyholder: 'Lab', destination: path.join(out, 'missing-folder', 'copy.pdf') })).rejects.toMatchObject({
      code: 'PRINT_DESTINATION_UNWRITABLE',
      message: expect.stringContaining('does not exist'),
    });
    // A destination that is a folder: the stamped file is written beside it, and the final rename fails.
    mkdirSync(path.join(out, 'taken.pdf'));
    await expect(t.core.call(team.controller, 'prints.print', { number, mode: 'controlled', copyholder: 'Lab', destination: path.join(out, 'taken.pdf') })).rejects.toMatchObject({ code: 'PRINT_DESTINATION_UNWRITABLE' });
    expect(readdirSync(out).sort()).toEqual([...beforeOut, 'taken.pdf'].sort());
    expect(readdirSync(path.join(out, 'taken.pdf'))).toEqual([]);
    // The rendition of the first print attempt stays (it is of the approved content); nothing about the prints does.
    const counts = vaultCounts(t.core.vault.db);
    const after = { ...counts, audit_events: (counts.audit_events as number) - 1, prints: printRows(), copies: t.core.vault.db.prepare('SELECT count(*) AS n FROM controlled_copies').get() };
    const renditionEvents = (t.core.vault.db.prepare("SELECT count(*) AS n FROM audit_events WHERE action = 'revision.rendition_created'").get() as { n: number }).n;
    expect(after).toEqual(before);
    expect(renditionEvents).toBeGreaterThan(0);
    expect((await t.core.call(t.adminToken, 'audit.list', {})).filter((e) => e.action === 'revision.printed' && (e.newValue as { document: string }).document === number)).toEqual([]);
    const copy = await t.core.call(team.controller, 'prints.print', { number, mode: 'controlled', copyholder: 'Lab', destination: path.join(out, 'works.pdf') });
    expect(copy.copyNumber).toBe(1);
    expect(readFileSync(copy.path).subarray(0, 5).toString()).toBe('%PDF-');
  });
});
