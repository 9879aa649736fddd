import { ContentCanvas, type Rgb } from './content-canvas';
import { wrapText, type FontWeight, type UnicodeFonts } from './fonts';
import type { PDFDocument, PDFPage } from './pdf-lib';
import { PDFName } from './pdf-lib';
import { stampLayout } from './stamp-overlay';

const bodySize = 8.5;
const cellPadding = 3;
const headerFill: Rgb = [0.88, 0.88, 0.88];
const gridColour: Rgb = [0.6, 0.6, 0.6];

export interface Column {
  title: string;
  /** Share of the table width. */
  share: number;
  size?: number;
}

/**
 * A cursor that writes top-down onto as many new pages as the content needs, keeping clear of
 * the stamp bands so a later stamp never covers what Quire itself laid out.
 */
export class PageFlow {
  readonly pages: { page: PDFPage; canvas: ContentCanvas }[] = [];
  y = 0;
  private readonly layout;

  constructor(
    private readonly doc: PDFDocument,
    readonly fonts: UnicodeFonts,
    readonly width: number,
    readonly height: number,
  ) {
    this.layout = stampLayout(width, height);
  }

  get left(): number {
    return 48;
  }
  get contentWidth(): number {
    return this.width - 96;
  }
  get canvas(): ContentCanvas {
    const current = this.pages.at(-1);
    if (!current) throw new Error('no manifest page yet');
    return current.canvas;
  }

  newPage(): void {
    const page = this.doc.addPage([this.width, this.height]);
    this.pages.push({ page, canvas: new ContentCanvas(this.fonts) });
    this.y = this.layout.contentTop;
  }

  /** Starts a new page unless `height` still fits above the footer. */
  ensureRoom(height: number): boolean {
    if (this.pages.length > 0 && this.y - height >= this.layout.contentBottom) return false;
    this.newPage();
    return true;
  }

  /** Writes wrapped text; `indent` moves it right, `prefix` (a bullet) hangs in the indent. */
  line(text: string, size: number, weight: FontWeight = 'regular', indent = 0, prefix = ''): void {
    wrapText(this.fonts, text, size, this.contentWidth - indent, weight).forEach((wrapped, index) => {
      this.ensureRoom(size * 1.4);
      this.y -= size * 1.25;
      if (index === 0 && prefix) this.canvas.text(prefix, { x: this.left + indent - this.fonts.widthOfText(`${prefix} `, size), y: this.y, size, weight });
      this.canvas.text(wrapped, { x: this.left + indent, y: this.y, size, weight });
      this.y -= size * 0.15;
    });
  }

  /** A horizontal rule across the text column. */
  rule(): void {
    this.ensureRoom(8);
    this.y -= 4;
    this.canvas.line(this.left, this.y, this.left + this.contentWidth, this.y, 0.5, gridColour);
    this.y -= 4;
  }

  /** Writes every page's content into the document; call once when done. */
  finish(): PDFPage[] {
    for (const { page, canvas } of this.pages) writePageContent(this.doc, page, canvas);
    return this.pages.map(({ page }) => page);
  }

  gap(points: number): void {
    this.y -= points;
  }

  /** A table whose header row repeats on every page it spans; cells wrap, rows never split. */
  table(columns: Column[], rows: string[][]): void {
    const widths = columns.map((column) => column.share * this.contentWidth);
    const cellLines = (cells: string[], weight: FontWeight) =>
      cells.map((cell, i) => wrapText(this.fonts, cell, columns[i]?.size ?? bodySize, (widths[i] ?? 0) - 2 * cellPadding, weight));
    const rowHeight = (lines: string[][]) =>
      Math.max(...lines.map((cell, i) => cell.length * (columns[i]?.size ?? bodySize) * 1.3)) + 2 * cellPadding;
    const header = cellLines(columns.map((column) => column.title), 'bold');
    const drawRow = (lines: string[][], weight: FontWeight, fill?: Rgb) => {
      const height = rowHeight(lines);
      const top = this.y;
      if (fill) this.canvas.rectangle(this.left, top - height, this.contentWidth, height, fill);
      let x = this.left;
      lines.forEach((cell, i) => {
        const size = weight === 'bold' ? bodySize : (columns[i]?.size ?? bodySize);
        cell.forEach((text, n) => this.canvas.text(text, { x: x + cellPadding, y: top - cellPadding - size - n * size * 1.3 + size * 0.15, size, weight }));
        x += widths[i] ?? 0;
      });
      this.canvas.line(this.left, top - height, this.left + this.contentWidth, top - height, 0.4, gridColour);
      this.y -= height;
    };
    this.ensureRoom(rowHeight(header) + 20);
    drawRow(header, 'bold', headerFill);
    for (const row of rows) {
      const lines = cellLines(row, 'regular');
      if (this.ensureRoom(rowHeight(lines))) drawRow(header, 'bold', headerFill);
      drawRow(lines, 'regular');
    }
  }
}

/** Sets a new page's content and resources from a canvas (the page has nothing else on it). */
export function writePageContent(doc: PDFDocument, page: PDFPage, canvas: ContentCanvas): void {
  const context = doc.context;
  page.node.set(PDFName.of('Resources'), canvas.resources(context));
  page.node.set(PDFName.of('Contents'), context.register(context.flateStream(canvas.content())));
}
