import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { stampPdf } from '../../../electron/core/pdf/stamp-pdf';
import { isQuireError } from '../../../shared/errors';
import { buildPdfCorpus, type CorpusFile } from '../../helpers/pdf-corpus';
import { pageCountByQpdf, pdfRawTextOfPage, pdfTextByPage, qpdfCheck, squash } from '../../helpers/pdf-tools';
import { stampSpecFixture } from '../../helpers/stamp-spec-fixture';
import { useTempDir } from '../../helpers/temp-dir';

const dir = useTempDir('stamp');
let corpus: CorpusFile[] = [];
beforeAll(async () => {
  corpus = await buildPdfCorpus(dir);
});

async function printToFile(source: string, name: string, spec = stampSpecFixture()) {
  const result = await stampPdf(readFileSync(source), spec);
  const path = join(dir, name);
  writeFileSync(path, result.bytes);
  return { result, path, pages: pdfTextByPage(path).map(squash) };
}

describe('stampPdf: a controlled copy of an effective revision', () => {
  it('stamps every page of every printable corpus file upright, and qpdf accepts the print', async () => {
    for (const file of corpus) {
      const expected = file.expected;
      if ('refusedWith' in expected) continue;
      const { result, path, pages } = await printToFile(file.path, `printed-${file.name}`);
      const check = qpdfCheck(path);
      expect(check.ok, `${file.name}: ${check.output}`).toBe(true);
      const expectedCover = result.mode === 'cover-sheet' ? 1 : 0;
      expect(result.pageCount, file.name).toBe(expected.pages + result.manifestPageCount + expectedCover);
      expect(pageCountByQpdf(path), file.name).toBe(result.pageCount);
      expect(pages.length, file.name).toBe(result.pageCount);
      pages.forEach((text, index) => {
        const isSourcePage = index >= expectedCover && index < expectedCover + expected.pages;
        if (result.mode === 'cover-sheet' && isSourcePage) return;
        // pdftotext prints text in reading orientation: these lines only match when the stamp is upright.
        expect(text, `${file.name} page ${index + 1}`).toContain('SOP-QA-0007 · Rev. C · Control of documented information');
        expect(text, `${file.name} page ${index + 1}`).toContain(`Page ${index + 1} of ${result.pageCount}`);
        expect(text, `${file.name} page ${index + 1}`).toContain('CONTROLLED COPY No. 12 · Copyholder: Jane Doe · Location: QC Lab 2');
        expect(text, `${file.name} page ${index + 1}`).toContain('Verification code QX7-4KD9-P2');
        if (isSourcePage && file.bodyText) expect(text, `${file.name} page ${index + 1}`).toContain(file.bodyText);
      });
    }
  });

  it('appends a manifest listing every signature and the revision history, names in any script read back unchanged', async () => {
    const { result, pages } = await printToFile(join(dir, 'ghostscript.pdf'), 'manifest.pdf');
    expect(result.manifestPageCount).toBe(1);
    const manifest = pages.at(-1) ?? '';
    expect(manifest).toContain('Signature manifest');
    for (const name of ['José Müller', 'Иван Петров', '王小明']) expect(manifest).toContain(name);
    expect(manifest).toContain('2025-02-10 10:15 CET (UTC+01:00)');
    expect(manifest).toContain('2025-02-11 16:40 (UTC+03:00)');
    expect(manifest).toContain('2025-02-12 10:05 (UTC+08:00)');
    for (const summary of ['First issue.', 'Periodic review: updated references to ISO 9001:2015 clause 7.5.3.']) expect(manifest).toContain(summary);
  });

  it('paginates a long manifest, repeating the table header, and still numbers every page', async () => {
    const base = stampSpecFixture();
    const signatures = Array.from({ length: 60 }, (_, i) => ({ ...base.signatures[i % 3]!, printedName: `Reviewer ${i + 1} Łukasz 李` }));
    const { result, path, pages } = await printToFile(join(dir, 'ghostscript.pdf'), 'long-manifest.pdf', { ...base, signatures });
    expect(result.manifestPageCount).toBeGreaterThan(1);
    expect(qpdfCheck(path).ok).toBe(true);
    const manifestText = pages.slice(5).join(' ');
    for (let i = 1; i <= 60; i++) expect(manifestText).toContain(`Reviewer ${i} Łukasz 李`);
    for (const page of pages.slice(6)) expect(page).toContain('Printed name');
  });

  it('leaves the source bytes untouched and appends the stamp as an incremental update', async () => {
    const source = readFileSync(join(dir, 'ghostscript.pdf'));
    const result = await stampPdf(source, stampSpecFixture());
    expect(result.written).toBe('incremental-update');
    expect(Buffer.from(result.bytes.subarray(0, source.length)).equals(source)).toBe(true);
  });

  it('says REPRINT on a reprint of a controlled copy', async () => {
    const spec = stampSpecFixture({ copy: { kind: 'controlled', copyNumber: 3, copyholder: 'Ana Ćorić', location: 'Zagreb plant', reprint: true } });
    const { pages } = await printToFile(join(dir, 'rotate-90.pdf'), 'reprint.pdf', spec);
    for (const page of pages) expect(page).toContain('REPRINT · CONTROLLED COPY No. 3 · Copyholder: Ana Ćorić · Location: Zagreb plant');
  });
});

describe('stampPdf: other prints', () => {
  it('marks an uncontrolled print of a draft with who printed it, the day it is valid, and a DRAFT watermark', async () => {
    const spec = stampSpecFixture({ revisionState: 'draft', effectiveDate: null, copy: { kind: 'uncontrolled', printedBy: 'Zoë Ærø' } });
    const { path, pages } = await printToFile(join(dir, 'rotate-mixed.pdf'), 'draft.pdf', spec);
    pages.forEach((page, index) => {
      expect(page).toContain('Not effective · UNCONTROLLED WHEN PRINTED — valid on 2025-06-02 only · Printed by Zoë Ærø');
      // Diagonal text comes out a letter per line; in content order the letters still spell the word.
      expect(pdfRawTextOfPage(path, index + 1).replace(/\s/g, '')).toContain('DRAFT');
    });
  });

  it('puts a stamped cover sheet before an owner-password PDF whose permissions forbid changes, and says so', async () => {
    const { result, pages } = await printToFile(join(dir, 'owner-password-no-modify.pdf'), 'cover.pdf');
    expect(result.mode).toBe('cover-sheet');
    expect(result.coverSheetReason).toMatch(/permissions do not allow changing/);
    expect(pages[0]).toContain('Cover sheet');
    expect(pages[0]).toContain('The 5 page(s) after this sheet are NOT individually stamped');
    expect(pages[0]).toContain('Page 1 of 7');
    expect(pages[1]).toContain('Body page 1');
    expect(pages[1]).not.toContain('SOP-QA-0007');
    expect(pages[6]).toContain('Page 7 of 7');
  });

  it('stamps an owner-password PDF that allows changes, writing it decrypted', async () => {
    const { result, path } = await printToFile(join(dir, 'owner-password.pdf'), 'owner.pdf');
    expect(result.mode).toBe('stamped');
    expect(result.written).toBe('rewritten');
    expect(qpdfCheck(path).ok).toBe(true);
  });

  it('refuses a controlled copy of a revision that is not effective, and unprintable files with their codes', async () => {
    const source = readFileSync(join(dir, 'ghostscript.pdf'));
    await expect(stampPdf(source, stampSpecFixture({ revisionState: 'superseded' }))).rejects.toMatchObject({ code: 'CONTROLLED_COPY_NOT_EFFECTIVE' });
    await expect(stampPdf(source, stampSpecFixture({ contentSha256: 'nope' }))).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    for (const file of corpus) {
      if (!('refusedWith' in file.expected)) continue;
      const error = await stampPdf(readFileSync(file.path), stampSpecFixture()).catch((e: unknown) => e);
      expect(isQuireError(error) ? error.code : error, file.name).toBe(file.expected.refusedWith);
    }
  });
});
