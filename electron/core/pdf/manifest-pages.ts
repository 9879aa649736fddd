import { ContentCanvas, type Rgb } from './content-canvas';
import { wrapText, type FontWeight, type UnicodeFonts } from './fonts';
import type { PDFDocument, PDFPage } from './pdf-lib';
import { PDFName } from './pdf-lib';
import type { StampSpec } from './stamp-spec';
import { stampLayout } from './stamp-overlay';
import { dateTimeInZone, identityLine } from './stamp-wording';

interface Column {
  title: string;
  /** Share of the table width. */
  share: number;
  size?: number;
}

const bodySize = 8.5;
const hashSize = 6.5;
const cellPadding = 3;
const headerFill: Rgb = [0.88, 0.88, 0.88];
const gridColour: Rgb = [0.6, 0.6, 0.6];

/** A cursor that writes top-down onto as many new pages as the content needs. */
class PageFlow {
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

  line(text: string, size: number, weight: FontWeight = 'regular'): void {
    for (const wrapped of wrapText(this.fonts, text, size, this.contentWidth, weight)) {
      this.ensureRoom(size * 1.4);
      this.y -= size * 1.25;
      this.canvas.text(wrapped, { x: this.left, y: this.y, size, weight });
      this.y -= size * 0.15;
    }
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

/**
 * Appends the signature manifest: every signature (printed name, meaning, local date and time
 * with zone, content hash) and the revision history, over as many pages as they need.
 * Returns the pages added, in order, with their content written.
 */
export function appendManifestPages(doc: PDFDocument, fonts: UnicodeFonts, spec: StampSpec, width: number, height: number): PDFPage[] {
  const flow = new PageFlow(doc, fonts, width, height);
  flow.newPage();
  flow.line('Signature manifest', 14, 'bold');
  flow.gap(2);
  flow.line(identityLine(spec), 9);
  flow.line(`Content SHA-256 of this revision: ${spec.contentSha256}`, 7);
  flow.gap(10);

  flow.line('Electronic signatures', 11, 'bold');
  flow.gap(4);
  if (spec.signatures.length === 0) flow.line('No signatures are recorded for this revision.', bodySize);
  else
    flow.table(
      [
        { title: 'Printed name', share: 0.28 },
        { title: 'Meaning', share: 0.16 },
        { title: 'Signed at (signer’s time zone)', share: 0.3 },
        { title: 'Signed content SHA-256', share: 0.26, size: hashSize },
      ],
      spec.signatures.map((s) => [s.printedName, s.meaning, `${dateTimeInZone(s.signedAt, s.timeZone)}\n${s.timeZone}`, s.contentSha256]),
    );
  flow.gap(14);

  flow.line('Revision history', 11, 'bold');
  flow.gap(4);
  if (spec.revisionHistory.length === 0) flow.line('No revision history is recorded.', bodySize);
  else
    flow.table(
      [
        { title: 'Revision', share: 0.14 },
        { title: 'Effective', share: 0.16 },
        { title: 'Change summary', share: 0.7 },
      ],
      spec.revisionHistory.map((row) => [row.label, row.effectiveDate ?? '—', row.changeSummary || '—']),
    );

  for (const { page, canvas } of flow.pages) writePageContent(doc, page, canvas);
  return flow.pages.map(({ page }) => page);
}

/** Sets a new page's content and resources from a canvas (the page has nothing else on it). */
export function writePageContent(doc: PDFDocument, page: PDFPage, canvas: ContentCanvas): void {
  const context = doc.context;
  page.node.set(PDFName.of('Resources'), canvas.resources(context));
  page.node.set(PDFName.of('Contents'), context.register(context.flateStream(canvas.content())));
}
