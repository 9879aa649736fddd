// Builds a corpus of real-world-shaped PDFs in a temp folder with the real tools
// (Ghostscript, LibreOffice, qpdf, Poppler) plus a few crafted with pdf-lib where no tool makes the shape.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument, PDFName, PDFNumber, StandardFonts, degrees } from '../../electron/core/pdf/pdf-lib';
import type { ErrorCode } from '../../shared/errors';
import { ghostscriptToPdf, libreOfficeToPdf, postscriptPages, qpdf } from './pdf-tools';
import { execFileSync } from 'node:child_process';

export interface CorpusFile {
  name: string;
  path: string;
  /** Pages a print of it has before the manifest, or the error code that refuses it. */
  expected: { pages: number; encryption: 'none' | 'owner-password-only' } | { refusedWith: ErrorCode };
  /** Text that each page's body carries (to check the source content survives). */
  bodyText?: string;
}

/** The named corpus of the issue: every shape the print path must handle or refuse. */
export async function buildPdfCorpus(dir: string, options: { bigPages?: number } = {}): Promise<CorpusFile[]> {
  const at = (name: string) => join(dir, name);
  const files: CorpusFile[] = [];
  const ok = (name: string, pages: number, encryption: 'none' | 'owner-password-only' = 'none', bodyText = 'Body page') =>
    files.push({ name, path: at(name), expected: { pages, encryption }, bodyText });
  const refused = (name: string, code: ErrorCode) => files.push({ name, path: at(name), expected: { refusedWith: code } });

  ghostscriptToPdf(postscriptPages(5), at('ghostscript.pdf'));
  ok('ghostscript.pdf', 5);

  const textPath = at('procedure.txt');
  writeFileSync(textPath, 'Body page of a LibreOffice print: Überprüfung, Проверка, 审核.\n'.repeat(3));
  libreOfficeToPdf(textPath, dir);
  ok('procedure.pdf', 1);

  qpdf('--object-streams=generate', at('ghostscript.pdf'), at('object-streams.pdf'));
  ok('object-streams.pdf', 5);
  qpdf('--linearize', at('ghostscript.pdf'), at('linearized.pdf'));
  ok('linearized.pdf', 5);
  for (const angle of [90, 180, 270]) {
    qpdf(`--rotate=+${angle}:1-z`, at('ghostscript.pdf'), at(`rotate-${angle}.pdf`));
    ok(`rotate-${angle}.pdf`, 5);
  }
  qpdf('--rotate=+90:2', '--rotate=+180:3', '--rotate=+270:4', at('ghostscript.pdf'), at('rotate-mixed.pdf'));
  ok('rotate-mixed.pdf', 5);

  writeFileSync(at('rotate-inherited.pdf'), await inheritedRotation(readFileSync(at('ghostscript.pdf'))));
  ok('rotate-inherited.pdf', 5);
  writeFileSync(at('crop-negative-origin.pdf'), await cropBoxOffsetFromNegativeMediaBox(0));
  ok('crop-negative-origin.pdf', 2);
  writeFileSync(at('crop-negative-origin-rotate-90.pdf'), await cropBoxOffsetFromNegativeMediaBox(90));
  ok('crop-negative-origin-rotate-90.pdf', 2);

  qpdf('--encrypt', '', 'owner-secret', '256', '--', at('ghostscript.pdf'), at('owner-password.pdf'));
  ok('owner-password.pdf', 5, 'owner-password-only');
  qpdf('--encrypt', '', 'owner-secret', '256', '--modify=none', '--extract=n', '--', at('ghostscript.pdf'), at('owner-password-no-modify.pdf'));
  ok('owner-password-no-modify.pdf', 5, 'owner-password-only');
  qpdf('--encrypt', 'user-secret', 'owner-secret', '256', '--', at('ghostscript.pdf'), at('user-password.pdf'));
  refused('user-password.pdf', 'PDF_ENCRYPTED');

  const whole = readFileSync(at('ghostscript.pdf'));
  writeFileSync(at('truncated.pdf'), whole.subarray(0, Math.floor(whole.length * 0.6)));
  refused('truncated.pdf', 'PDF_CORRUPT');
  const empty = await PDFDocument.create();
  writeFileSync(at('zero-pages.pdf'), await empty.save({ addDefaultPage: false }));
  refused('zero-pages.pdf', 'PDF_NO_PAGES');
  execFileSync('pdftoppm', ['-png', '-r', '20', '-f', '1', '-l', '1', '-singlefile', at('ghostscript.pdf'), at('picture')]);
  writeFileSync(at('picture-named.pdf'), readFileSync(at('picture.png')));
  refused('picture-named.pdf', 'NOT_A_PDF');
  writeFileSync(at('garbage-with-header.pdf'), Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(4000, 0x5b), Buffer.from('\n%%EOF\n')]));
  refused('garbage-with-header.pdf', 'PDF_CORRUPT');

  const bigPages = options.bigPages ?? 320;
  ghostscriptToPdf(postscriptPages(bigPages), at('many-pages.pdf'));
  ok('many-pages.pdf', bigPages);
  return files;
}

// qpdf always pushes /Rotate down to the pages, so inherited rotation is crafted: /Rotate on the Pages node only.
async function inheritedRotation(source: Uint8Array): Promise<Uint8Array> {
  const doc = await PDFDocument.load(source);
  for (const page of doc.getPages()) page.node.delete(PDFName.of('Rotate'));
  doc.catalog.Pages().set(PDFName.of('Rotate'), PDFNumber.of(90));
  return doc.save();
}

// A scanner-style page whose boxes sit off the origin: MediaBox from negative coordinates, CropBox inset.
async function cropBoxOffsetFromNegativeMediaBox(rotation: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let n = 1; n <= 2; n++) {
    const page = doc.addPage();
    page.setMediaBox(-300, -400, 900, 1100);
    page.setCropBox(-250, -350, 612, 792);
    page.drawText(`Body page ${n} inside the crop box`, { x: -200, y: 0, size: 18, font });
    page.drawText('OUTSIDE-CROP must not be seen', { x: 400, y: 600, size: 18, font });
    if (rotation) page.setRotation(degrees(rotation));
  }
  return doc.save();
}
