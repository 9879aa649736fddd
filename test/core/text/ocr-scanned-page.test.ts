import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { findTesseract } from '../../../electron/core/text/read-image-with-tesseract';
import { addDocumentTeam, registerEffectiveDocument, type DocumentTeam } from '../../helpers/document-team';
import { ghostscriptToPdf } from '../../helpers/pdf-tools';
import { createTestVault, type TestVault } from '../../helpers/temp-vault';

// Issue 12.2: a scanned page has no text layer. With Tesseract installed, its text is read from the
// page image at import (on the text-extraction worker) and marked as OCRed; without it, the page is
// marked "no text". The PDF is made as a scanner makes one: page 1 typed (a text layer), page 2 an image.

const tesseract = findTesseract();

/** Page 1 with a text layer; page 2 the same kind of page rendered by Ghostscript to an image-only PDF page. */
function halfScannedPdf(dir: string, name: string): string {
  const typed = path.join(dir, `${name}-typed.pdf`);
  const scanned = path.join(dir, 'scanned.pdf');
  const out = path.join(dir, `${name}.pdf`);
  ghostscriptToPdf(`%!PS\n/Helvetica findfont 20 scalefont setfont\n72 700 moveto (Sterilisation record ${name}, typed page) show showpage\n`, typed);
  const ps = path.join(dir, 'scan.ps');
  execFileSync('sh', ['-c', `cat > '${ps}'`], { input: '%!PS\n/Helvetica findfont 24 scalefont setfont\n72 700 moveto (The autoclave runs at 121 degrees) show\n72 660 moveto (for fifteen minutes every batch.) show showpage\n' });
  execFileSync('gs', ['-q', '-dNOPAUSE', '-dBATCH', '-dSAFER', '-sDEVICE=pdfimage8', '-r200', `-sOutputFile=${scanned}`, ps]);
  execFileSync('qpdf', ['--empty', '--pages', typed, scanned, '--', out]);
  // The scan really has no text for a text extractor to find.
  expect(execFileSync('pdftotext', ['-f', '2', '-l', '2', out, '-'], { encoding: 'utf8' }).trim()).toBe('');
  return out;
}

describe('a PDF with a scanned page', () => {
  let t: TestVault;
  let team: DocumentTeam;
  const savedTesseract = process.env.QUIRE_TESSERACT;

  beforeAll(async () => {
    t = await createTestVault();
    team = await addDocumentTeam(t);
  }, 120_000);
  afterEach(() => {
    if (savedTesseract === undefined) delete process.env.QUIRE_TESSERACT;
    else process.env.QUIRE_TESSERACT = savedTesseract;
  });
  afterAll(() => t.cleanup());

  const lastDraftingText = () =>
    JSON.parse(t.core.vault.db.prepare("SELECT new_value FROM audit_events WHERE action = 'revision.drafted' ORDER BY id DESC LIMIT 1").pluck().get() as string) as { text: string };

  it.skipIf(!tesseract)('is OCRed when Tesseract is installed: searchable on page 2, marked as OCR (skipped: no tesseract on PATH or in its usual places)', async () => {
    const number = await registerEffectiveDocument(t, team, 'Autoclave log', halfScannedPdf(t.dir, 'read'));
    expect(lastDraftingText().text).toBe('2 page(s) extracted (1 by OCR)');
    const { hits } = await t.core.call(team.reader, 'search.query', { query: 'autoclave fifteen minutes' });
    expect(hits.map((h) => [h.number, h.page, h.pageSource])).toEqual([[number, 2, 'ocr']]);
    expect(hits[0]!.snippet.filter((p) => p.match).map((p) => p.text.toLowerCase())).toEqual(expect.arrayContaining(['autoclave', 'fifteen', 'minutes']));
    // The typed page keeps its own text layer.
    expect((await t.core.call(team.reader, 'search.query', { query: 'sterilisation typed' })).hits[0]).toMatchObject({ number, page: 1, pageSource: 'text' });
  }, 180_000);

  it('is marked "no text" when Tesseract is not there, and still imports', async () => {
    process.env.QUIRE_TESSERACT = path.join(t.dir, 'no-such-tesseract');
    const doc = await t.core.call(team.author, 'documents.register', { type: 'SOP', department: 'QA', title: 'Autoclave log, unread scan', file: { path: halfScannedPdf(t.dir, 'unread') } });
    expect(lastDraftingText().text).toBe('2 page(s) extracted (1 without text)');
    const sources = t.core.vault.db.prepare('SELECT t.page_sources FROM content_texts t JOIN revisions r ON r.content_id = t.content_id JOIN documents d ON d.id = r.document_id WHERE d.number = ?').pluck().get(doc.number);
    expect(JSON.parse(sources as string)).toEqual(['text', 'none']);
  }, 180_000);
});
