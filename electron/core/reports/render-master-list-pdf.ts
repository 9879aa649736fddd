import type { MasterListRow } from '../../../shared/contract';
import { embedUnicodeFonts, wrapText, type UnicodeFonts } from '../pdf/fonts';
import { PageSizes, PDFDocument, rgb, type PDFPage } from '../pdf/pdf-lib';
import { masterListCells, masterListColumns } from './master-list-csv';

// Landscape A4, one table: relative column widths, in the order of masterListColumns.
const widths = [9, 15, 4, 6.5, 5, 6, 5, 6.5, 6.5, 8, 8.5, 8.5, 10, 11.5];
const margin = { top: 40, bottom: 46, left: 28, right: 28 };
const size = 6.5;
const lineHeight = size * 1.3;
const colors = { text: rgb(0.1, 0.1, 0.1), muted: rgb(0.42, 0.42, 0.42), rule: rgb(0.8, 0.8, 0.8), head: rgb(0.93, 0.93, 0.93) };

export interface MasterListStamp {
  /** Who printed it: "Full Name (username)". */
  printedBy: string;
  printedAt: string;
  vaultName: string;
  /** The filters it was printed with, in words; empty for the whole register. */
  filters: string;
}

/**
 * The master document list as a PDF table: the column heads repeated on every page, each page stamped
 * with the print date, the user and "page n of m", and marked uncontrolled when printed.
 */
export async function renderMasterListPdf(rows: Iterable<MasterListRow>, stamp: MasterListStamp): Promise<{ bytes: Uint8Array; documents: number }> {
  const doc = await PDFDocument.create();
  doc.setTitle(`Master document list – ${stamp.vaultName}`);
  doc.setCreator('Quire');
  const fonts = await embedUnicodeFonts(doc);
  const [pageHeight, pageWidth] = PageSizes.A4;
  const tableWidth = pageWidth - margin.left - margin.right;
  const total = widths.reduce((a, b) => a + b, 0);
  const columnWidths = widths.map((w) => (w / total) * tableWidth);
  const pages: PDFPage[] = [];
  let page!: PDFPage;
  let y = 0;

  const drawRow = (cells: readonly string[], weight: 'regular' | 'bold', shade: boolean) => {
    const wrapped = cells.map((cell, i) => wrapText(fonts, cell, size, columnWidths[i]! - 4, weight));
    const height = Math.max(1, ...wrapped.map((lines) => lines.length)) * lineHeight + 3;
    if (y - height < margin.bottom) newPage();
    if (shade) page.drawRectangle({ x: margin.left, y: y - height, width: tableWidth, height, color: colors.head });
    let x = margin.left;
    wrapped.forEach((lines, i) => {
      lines.forEach((line, n) => fonts.drawText(page, line, { x: x + 2, y: y - 1 - (n + 1) * lineHeight + 2, size, weight, color: colors.text }));
      x += columnWidths[i]!;
    });
    y -= height;
    page.drawLine({ start: { x: margin.left, y }, end: { x: margin.left + tableWidth, y }, thickness: 0.3, color: colors.rule });
  };

  function newPage() {
    page = doc.addPage([pageWidth, pageHeight]);
    pages.push(page);
    y = pageHeight - margin.top;
    if (pages.length === 1) {
      title(fonts, page, `Master document list – ${stamp.vaultName}`, y);
      y -= 24;
      if (stamp.filters) {
        fonts.drawText(page, `Filtered: ${stamp.filters}`, { x: margin.left, y, size: 7.5, color: colors.muted });
        y -= 12;
      }
    }
    drawRow(masterListColumns, 'bold', true);
  }

  newPage();
  let documents = 0;
  for (const row of rows) {
    drawRow(masterListCells(row), 'regular', false);
    documents++;
  }
  if (documents === 0) fonts.drawText(page, 'No documents match.', { x: margin.left, y: y - 14, size: 9, color: colors.muted });
  pages.forEach((p, index) =>
    fonts.drawText(p, `Master document list · printed ${stamp.printedAt} by ${stamp.printedBy} · ${documents} documents · Uncontrolled when printed · Page ${index + 1} of ${pages.length}`, {
      x: margin.left,
      y: margin.bottom - 24,
      size: 7.5,
      color: colors.muted,
    }),
  );
  return { bytes: await doc.save(), documents };
}

function title(fonts: UnicodeFonts, page: PDFPage, text: string, y: number): void {
  fonts.drawText(page, text, { x: margin.left, y: y - 12, size: 13, weight: 'bold', color: colors.text });
}
