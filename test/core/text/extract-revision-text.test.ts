import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractRevisionText } from '../../../electron/core/text/extract-revision-text';
import { textMediaTypes, type TextExtractionResult } from '../../../electron/core/text/revision-text';
import { convertWithLibreOffice, makePdfWithGhostscript, writeFlatOdt } from '../../helpers/office-documents';
import { useTempDir } from '../../helpers/temp-dir';
import { procedurePages } from '../../helpers/procedure-text';

const pagesOf = (result: TextExtractionResult): string[] => {
  if (result.status !== 'ok') throw new Error(`extraction failed: ${result.reason}`);
  return result.pages;
};
const oneLine = (text: string): string => text.replace(/\s+/gu, ' ').trim();

describe('extracting the text of a revision', () => {
  const authored = procedurePages(3, 2, 3);
  const folder = useTempDir('extract');
  let writerPdf = '';
  let writerDocx = '';

  beforeAll(() => {
    const source = join(folder, 'sop.fodt');
    writeFlatOdt(source, authored, { fontSizePt: 11, pageWidthCm: 21 });
    [writerPdf = ''] = convertWithLibreOffice([source], 'pdf', folder);
    [writerDocx = ''] = convertWithLibreOffice([source], 'docx', folder);
  });

  it('keeps the pages of a PDF written by LibreOffice', async () => {
    const pages = pagesOf(await extractRevisionText(readFileSync(writerPdf), textMediaTypes.pdf));
    expect(pages.map(oneLine)).toEqual(authored.map((paragraphs) => oneLine(paragraphs.join(' '))));
  });

  it('rebuilds the lines of a PDF distilled by Ghostscript, page by page', async () => {
    const lines = [
      ['1 Purpose', 'This procedure (SOP-QA-0007) controls documents.', 'Quoted "text" and back\\slashes survive.'],
      ['2 Scope', 'It applies to every site.'],
    ];
    const path = join(folder, 'gs.pdf');
    makePdfWithGhostscript(path, lines);
    expect(pagesOf(await extractRevisionText(readFileSync(path), textMediaTypes.pdf))).toEqual(lines.map((page) => page.join('\n')));
  });

  it('reads a DOCX paragraph by paragraph, pages split at its page breaks', async () => {
    const pages = pagesOf(await extractRevisionText(readFileSync(writerDocx), textMediaTypes.docx));
    expect(pages).toEqual(authored.map((paragraphs) => paragraphs.join('\n')));
  });

  it('takes text and Markdown as they are, whatever the line ends and legacy encoding', async () => {
    expect(pagesOf(await extractRevisionText(new TextEncoder().encode('\uFEFF# Title\r\n\r\nBody – ok\r\n'), 'text/markdown; charset=utf-8'))).toEqual(['# Title\n\nBody – ok\n']);
    expect(pagesOf(await extractRevisionText(Uint8Array.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x96, 0x20, 0x6f, 0x6b]), textMediaTypes.plain))).toEqual(['Café – ok']);
  });

  it('records a failure, and does not throw, for content it cannot read', async () => {
    const pdf = readFileSync(writerPdf);
    const results = {
      truncatedPdf: await extractRevisionText(pdf.subarray(0, 2000), textMediaTypes.pdf),
      notAPdf: await extractRevisionText(new TextEncoder().encode('this is not a PDF'), textMediaTypes.pdf),
      pdfAsDocx: await extractRevisionText(pdf, textMediaTypes.docx),
      image: await extractRevisionText(pdf, 'image/png'),
    };
    for (const result of Object.values(results)) expect(result.status).toBe('failed');
    expect(results.image).toEqual({ status: 'failed', reason: 'Quire does not extract text from image/png.' });
    // The caller's bytes are hashed and stored after extraction: they must come back untouched.
    expect(Buffer.compare(pdf, readFileSync(writerPdf))).toBe(0);
  });

  it('does not trust a DOCX whose headers declare an absurd size: it fails safely on the mismatch (test/core/documents/docx-lying-sizes.test.ts has the reverse lie)', async () => {
    const docx = new Uint8Array(readFileSync(writerDocx));
    // Declare a 4 GB - 2 uncompressed size in the first central-directory entry, as a zip bomb would.
    const view = new DataView(docx.buffer);
    const end = docx.byteLength - 22;
    const centralDirectory = view.getUint32(end + 16, true);
    view.setUint32(centralDirectory + 24, 0xfffffffe, true);
    const path = join(folder, 'bomb.docx');
    writeFileSync(path, docx);
    const result = await extractRevisionText(readFileSync(path), textMediaTypes.docx);
    expect(result).toEqual({ status: 'failed', reason: expect.stringMatching(/^The text could not be read from this DOCX: .*size mismatch/) });
  });
});
