import type { UnicodeFonts, FontWeight } from './fonts';
import type { PDFDict} from './pdf-lib';
import { PDFName, PDFNumber, type PDFContext, type PDFFont, type PDFRef } from './pdf-lib';

export type Rgb = readonly [number, number, number];

export interface CanvasTextOptions {
  x: number;
  y: number;
  size: number;
  weight?: FontWeight;
  color?: Rgb;
  opacity?: number;
  /** Counter-clockwise angle in degrees about (x, y). */
  angle?: number;
}

/**
 * Collects PDF content operators and the resources they name, for a page or a Form XObject.
 * Writing operators as text (not pdf-lib's per-page drawing API) is what keeps stamping
 * hundreds of pages cheap, and lets one piece of content be shared by every page.
 */
export class ContentCanvas {
  private readonly operators: string[] = [];
  private readonly fontNames = new Map<PDFFont, string>();
  private readonly opacityNames = new Map<number, string>();
  private readonly xObjectNames = new Map<PDFRef, string>();

  constructor(readonly fonts: UnicodeFonts) {}

  /** Draws one line of text in as many font runs as its scripts need; returns its width. */
  text(line: string, options: CanvasTextOptions): number {
    const { x, y, size, weight = 'regular', color = [0, 0, 0], opacity = 1, angle = 0 } = options;
    const radians = (angle * Math.PI) / 180;
    const cos = round(Math.cos(radians));
    const sin = round(Math.sin(radians));
    let advance = 0;
    const gs = opacity < 1 ? `/${this.opacityName(opacity)} gs ` : '';
    for (const run of this.fonts.runsOf(line, size, weight)) {
      const at = `${num(x + advance * cos)} ${num(y + advance * sin)}`;
      this.operators.push(`q ${gs}BT /${this.fontName(run.font)} ${num(size)} Tf ${rgb(color)} rg ${cos} ${sin} ${-sin} ${cos} ${at} Tm ${run.hex} Tj ET Q`);
      advance += run.width;
    }
    return advance;
  }

  rectangle(x: number, y: number, width: number, height: number, fill: Rgb, opacity = 1): void {
    const gs = opacity < 1 ? `/${this.opacityName(opacity)} gs ` : '';
    this.operators.push(`q ${gs}${rgb(fill)} rg ${num(x)} ${num(y)} ${num(width)} ${num(height)} re f Q`);
  }

  line(x1: number, y1: number, x2: number, y2: number, thickness: number, stroke: Rgb): void {
    this.operators.push(`q ${rgb(stroke)} RG ${num(thickness)} w ${num(x1)} ${num(y1)} m ${num(x2)} ${num(y2)} l S Q`);
  }

  /** Paints a Form XObject (shared content) at the current coordinates. */
  xObject(ref: PDFRef): void {
    let name = this.xObjectNames.get(ref);
    if (!name) {
      name = `QuireX${this.xObjectNames.size}`;
      this.xObjectNames.set(ref, name);
    }
    this.operators.push(`q /${name} Do Q`);
  }

  /** Raw operators, for shapes such as the QR code's modules. */
  raw(operators: string): void {
    this.operators.push(operators);
  }

  content(): string {
    return this.operators.join('\n');
  }

  /** The /Resources dictionary naming every font, opacity and XObject used. */
  resources(context: PDFContext): PDFDict {
    const resources = context.obj({});
    const section = (key: string, entries: Iterable<[string, PDFRef | PDFDict]>) => {
      const dict = context.obj({});
      for (const [name, value] of entries) dict.set(PDFName.of(name), value);
      if (dict.keys().length > 0) resources.set(PDFName.of(key), dict);
    };
    section('Font', [...this.fontNames].map(([font, name]) => [name, font.ref]));
    section('XObject', [...this.xObjectNames].map(([ref, name]) => [name, ref]));
    section(
      'ExtGState',
      [...this.opacityNames].map(([opacity, name]) => {
        const state = context.obj({ Type: 'ExtGState' });
        state.set(PDFName.of('ca'), PDFNumber.of(opacity));
        state.set(PDFName.of('CA'), PDFNumber.of(opacity));
        return [name, state];
      }),
    );
    return resources;
  }

  private fontName(font: PDFFont): string {
    let name = this.fontNames.get(font);
    if (!name) {
      name = `QuireF${this.fontNames.size}`;
      this.fontNames.set(font, name);
    }
    return name;
  }

  private opacityName(opacity: number): string {
    let name = this.opacityNames.get(opacity);
    if (!name) {
      name = `QuireGS${this.opacityNames.size}`;
      this.opacityNames.set(opacity, name);
    }
    return name;
  }
}

function num(value: number): string {
  return String(round(value));
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000 || 0;
}

function rgb([r, g, b]: Rgb): string {
  return `${num(r)} ${num(g)} ${num(b)}`;
}
