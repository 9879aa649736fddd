import { PageSizes, rgb, type Color, type PDFDocument, type PDFPage } from '../../pdf/pdf-lib';
import { wrapText, type FontWeight, type UnicodeFonts } from '../../pdf/fonts';
import { layoutMarkedText, type Marking, type MarkedText } from './layout-marked-text';

export const reportColors = {
  text: rgb(0.1, 0.1, 0.1),
  muted: rgb(0.42, 0.42, 0.42),
  rule: rgb(0.75, 0.75, 0.75),
  added: rgb(0.0, 0.45, 0.16),
  addedBackground: rgb(0.86, 0.96, 0.87),
  removed: rgb(0.7, 0.07, 0.07),
  removedBackground: rgb(0.99, 0.88, 0.88),
} as const;

interface TextStyle {
  size?: number;
  weight?: FontWeight;
  color?: Color;
  indent?: number;
}

const margin = { top: 56, bottom: 64, left: 50, right: 50 };

/** Writes a report top to bottom on A4 pages, starting a new page whenever the next line would not fit. */
export class ReportPageWriter {
  readonly pages: PDFPage[] = [];
  readonly width: number;
  private page: PDFPage;
  private y = 0;

  constructor(
    private readonly doc: PDFDocument,
    readonly fonts: UnicodeFonts,
  ) {
    const [pageWidth] = PageSizes.A4;
    this.width = pageWidth - margin.left - margin.right;
    this.page = this.newPage();
  }

  /** Moves to a new page unless `height` points still fit on this one. */
  ensure(height: number): void {
    if (this.y - height < margin.bottom) this.page = this.newPage();
  }

  gap(height: number): void {
    this.y -= height;
  }

  /** Wrapped plain text. */
  paragraph(text: string, style: TextStyle = {}): void {
    const size = style.size ?? 10;
    const indent = style.indent ?? 0;
    for (const line of wrapText(this.fonts, text, size, this.width - indent, style.weight)) this.line(line, { ...style, size, indent });
  }

  /** Two texts side by side, each wrapped in its half of the page, lines kept level. */
  columns(left: string, right: string, style: TextStyle = {}): void {
    const size = style.size ?? 9;
    const half = (this.width - 16) / 2;
    const leftLines = wrapText(this.fonts, left, size, half, style.weight);
    const rightLines = wrapText(this.fonts, right, size, half, style.weight);
    for (let i = 0; i < Math.max(leftLines.length, rightLines.length); i++) {
      this.ensure(size * 1.35);
      this.y -= size * 1.35;
      const draw = (text: string | undefined, x: number) => {
        if (text) this.fonts.drawText(this.page, text, { x, y: this.y, size, weight: style.weight, color: style.color ?? reportColors.text });
      };
      draw(leftLines[i], margin.left);
      draw(rightLines[i], margin.left + half + 16);
    }
  }

  /** Text with additions underlined in green and deletions struck through in red, so the marks survive black-and-white printing. */
  markedParagraph(segments: readonly MarkedText[], style: TextStyle = {}): void {
    const size = style.size ?? 10;
    const indent = style.indent ?? 0;
    const lineHeight = size * 1.45;
    for (const line of layoutMarkedText(this.fonts, segments, size, this.width - indent)) {
      this.ensure(lineHeight);
      this.y -= lineHeight;
      line.forEach((piece, index) => {
        const x = margin.left + indent + piece.x;
        const color = colorOf(piece.marking);
        const background = piece.marking === 'added' ? reportColors.addedBackground : piece.marking === 'removed' ? reportColors.removedBackground : undefined;
        // A mark runs on across the space to a following piece of the same marking, and stops at the last letter otherwise.
        const inkWidth = line[index + 1]?.marking === piece.marking ? piece.width : this.fonts.widthOfText(piece.text.trimEnd(), size);
        if (background) this.page.drawRectangle({ x: x - 0.5, y: this.y - size * 0.28, width: inkWidth + 1, height: size * 1.22, color: background });
        this.fonts.drawText(this.page, piece.text, { x, y: this.y, size, color });
        if (piece.marking === 'added') this.page.drawLine({ start: { x, y: this.y - size * 0.14 }, end: { x: x + inkWidth, y: this.y - size * 0.14 }, thickness: 0.7, color });
        if (piece.marking === 'removed') this.page.drawLine({ start: { x, y: this.y + size * 0.3 }, end: { x: x + inkWidth, y: this.y + size * 0.3 }, thickness: 0.7, color });
      });
    }
  }

  rule(): void {
    this.ensure(10);
    this.y -= 5;
    this.page.drawLine({ start: { x: margin.left, y: this.y }, end: { x: margin.left + this.width, y: this.y }, thickness: 0.5, color: reportColors.rule });
    this.y -= 5;
  }

  /** Writes `footer(pageNumber, pageCount)` at the foot of every page; call once, at the end. */
  finish(footer: (pageNumber: number, pageCount: number) => string): void {
    this.pages.forEach((page, index) => {
      const text = footer(index + 1, this.pages.length);
      const lines = wrapText(this.fonts, text, 7.5, this.width);
      lines.forEach((line, i) => this.fonts.drawText(page, line, { x: margin.left, y: margin.bottom - 24 - i * 10, size: 7.5, color: reportColors.muted }));
    });
  }

  private line(text: string, style: Required<Pick<TextStyle, 'size' | 'indent'>> & TextStyle): void {
    const lineHeight = style.size * 1.35;
    this.ensure(lineHeight);
    this.y -= lineHeight;
    this.fonts.drawText(this.page, text, { x: margin.left + style.indent, y: this.y, size: style.size, weight: style.weight, color: style.color ?? reportColors.text });
  }

  private newPage(): PDFPage {
    const page = this.doc.addPage(PageSizes.A4);
    this.pages.push(page);
    this.y = page.getHeight() - margin.top;
    return page;
  }
}

function colorOf(marking: Marking): Color {
  if (marking === 'added') return reportColors.added;
  if (marking === 'removed') return reportColors.removed;
  if (marking === 'context') return reportColors.muted;
  return reportColors.text;
}
