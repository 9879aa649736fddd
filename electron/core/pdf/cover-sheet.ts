import { ContentCanvas } from './content-canvas';
import { wrapText, type UnicodeFonts } from './fonts';
import type { PDFDocument, PDFPage } from './pdf-lib';
import { writePageContent } from './page-flow';
import type { StampSpec } from './stamp-spec';
import { stampLayout } from './stamp-overlay';
import { copyLine, effectiveLine, identityLine } from './stamp-wording';

/**
 * Inserts a cover sheet before the source pages, for a PDF whose pages cannot be stamped
 * one by one: it says so and why, and carries the copy status the pages themselves lack.
 */
export function insertCoverSheet(doc: PDFDocument, fonts: UnicodeFonts, spec: StampSpec, reason: string, sourcePageCount: number, width: number, height: number): PDFPage {
  const page = doc.insertPage(0, [width, height]);
  const canvas = new ContentCanvas(fonts);
  const layout = stampLayout(width, height);
  const left = 48;
  const maxWidth = width - 96;
  let y = layout.contentTop;
  const paragraph = (text: string, size: number, bold = false) => {
    for (const line of wrapText(fonts, text, size, maxWidth, bold ? 'bold' : 'regular')) {
      y -= size * 1.35;
      canvas.text(line, { x: left, y, size, weight: bold ? 'bold' : 'regular' });
    }
    y -= size * 0.8;
  };
  paragraph('Cover sheet', 16, true);
  paragraph(identityLine(spec), 11, true);
  paragraph(effectiveLine(spec), 10);
  paragraph(copyLine(spec), 10, true);
  paragraph(`The ${sourcePageCount} page(s) after this sheet are NOT individually stamped: ${reason}`, 10, true);
  paragraph('They belong to this copy and carry its status above. Keep this cover sheet and the signature manifest at the end with them.', 10);
  writePageContent(doc, page, canvas);
  return page;
}
