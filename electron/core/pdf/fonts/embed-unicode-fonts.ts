import type { Color, PDFDocument, PDFFont, PDFPage } from '../pdf-lib';
import { degrees, rgb } from '../pdf-lib';
import { cachingFontkit, fontFileBytes, parsedFontFace, type FontFace } from './font-files';

export type FontWeight = 'regular' | 'bold';

/** A stretch of text drawn with one embedded font. */
export interface FontRun {
  text: string;
  font: PDFFont;
  /** Width of this run in points at the size it was measured for. */
  width: number;
  /** The run's glyphs as a PDF hex string for a `Tj` operator with `font` (subset glyphs included). */
  hex: string;
}

export interface DrawUnicodeTextOptions {
  x: number;
  y: number;
  size: number;
  weight?: FontWeight;
  color?: Color;
  opacity?: number;
  /** Counter-clockwise rotation in degrees about (x, y). */
  rotateDegrees?: number;
}

/** Measures and draws text in any of Latin, Greek, Cyrillic and Chinese, choosing the font per run. */
export interface UnicodeFonts {
  /** Splits a single line into runs, each drawn with the first font that has its glyphs. */
  runsOf(text: string, size: number, weight?: FontWeight): FontRun[];
  widthOfText(text: string, size: number, weight?: FontWeight): number;
  /** Distance from the baseline to the top of the tallest glyph, for placing text in a box. */
  ascentAt(size: number): number;
  /** Draws one line (no line breaks) on a page. */
  drawText(page: PDFPage, text: string, options: DrawUnicodeTextOptions): void;
}

const faces: Record<FontWeight, { primary: FontFace; fallback: FontFace }> = {
  regular: { primary: 'latin-regular', fallback: 'cjk-regular' },
  bold: { primary: 'latin-bold', fallback: 'cjk-bold' },
};

/** True when every character of `text` is in the Latin faces (regular and bold), so no CJK font is needed. */
export function latinFacesCover(text: string): boolean {
  const regular = parsedFontFace('latin-regular');
  const bold = parsedFontFace('latin-bold');
  for (const char of new Set(text.replace(/[\r\n\t]/g, ' '))) {
    const codePoint = char.codePointAt(0) ?? 32;
    if (!regular.hasGlyphForCodePoint(codePoint) || !bold.hasGlyphForCodePoint(codePoint)) return false;
  }
  return true;
}

/**
 * Embeds Noto Sans and Noto Sans SC, regular and bold, as subsets into `doc`: only glyphs
 * actually drawn end up in the file, and no text ever falls back to a WinAnsi-only standard font.
 * When the caller names all the text it will draw (`textToDraw`) and the Latin faces cover it, the
 * CJK faces (8 MB each, most of the engine's memory once parsed) are neither parsed nor embedded;
 * drawing a character outside that text which needs them then throws instead of printing boxes.
 */
export async function embedUnicodeFonts(doc: PDFDocument, textToDraw?: string): Promise<UnicodeFonts> {
  doc.registerFontkit(cachingFontkit);
  const embed = (face: FontFace) => doc.embedFont(fontFileBytes(face), { subset: true });
  const withCjk = textToDraw === undefined || !latinFacesCover(textToDraw);
  const [latinRegular, latinBold] = await Promise.all([embed('latin-regular'), embed('latin-bold')]);
  const [cjkRegular, cjkBold] = withCjk ? await Promise.all([embed('cjk-regular'), embed('cjk-bold')]) : [null, null];
  const embedded: Record<FontFace, PDFFont | null> = {
    'latin-regular': latinRegular,
    'latin-bold': latinBold,
    'cjk-regular': cjkRegular,
    'cjk-bold': cjkBold,
  };
  const fontOf = (face: FontFace): PDFFont => {
    const font = embedded[face];
    if (!font) throw new Error(`text outside what the caller declared needs ${face}; pass all drawn text to embedUnicodeFonts`);
    return font;
  };

  function faceFor(codePoint: number, weight: FontWeight): FontFace {
    const { primary, fallback } = faces[weight];
    if (parsedFontFace(primary).hasGlyphForCodePoint(codePoint)) return primary;
    if (!withCjk) return fallback; // fontOf refuses it: the declared text did not include this character
    if (parsedFontFace(fallback).hasGlyphForCodePoint(codePoint)) return fallback;
    return primary; // drawn as the font's .notdef box: visible, never silently dropped
  }

  // Shaping a string with fontkit costs far more than drawing it; the scripts these fonts cover
  // need no shaping, so glyphs and widths are looked up once per character per document.
  const glyphCache = new Map<FontFace, Map<string, { hex: string; width: number }>>();
  function glyphOf(face: FontFace, char: string): { hex: string; width: number } {
    let cache = glyphCache.get(face);
    if (!cache) glyphCache.set(face, (cache = new Map()));
    let glyph = cache.get(char);
    if (!glyph) {
      // fontkit caches one glyph object per font (shared across documents here), created with
      // whatever code points its first use knew; one made during shaping may have none, which
      // would leave the glyph out of the ToUnicode map and make copied or extracted text lose it.
      const codePoint = char.codePointAt(0) ?? 32;
      const shared = parsedFontFace(face).glyphForCodePoint(codePoint);
      if (shared.codePoints.length === 0) shared.codePoints = [codePoint];
      const font = fontOf(face);
      glyph = { hex: font.encodeText(char).toString().slice(1, -1), width: font.widthOfTextAtSize(char, 1) };
      cache.set(char, glyph);
    }
    return glyph;
  }

  function runsOf(text: string, size: number, weight: FontWeight = 'regular'): FontRun[] {
    const runs: FontRun[] = [];
    let current: { face: FontFace; text: string } | undefined;
    const flush = () => {
      if (!current || current.text === '') return;
      let hex = '';
      let width = 0;
      for (const char of current.text) {
        const glyph = glyphOf(current.face, char);
        hex += glyph.hex;
        width += glyph.width;
      }
      runs.push({ text: current.text, font: fontOf(current.face), width: width * size, hex: `<${hex}>` });
    };
    for (const char of text.replace(/[\r\n\t]/g, ' ')) {
      const codePoint = char.codePointAt(0) ?? 32;
      // Spaces and punctuation shared by both fonts stay in the current run to keep runs long.
      const face = current && codePoint <= 0x40 ? current.face : faceFor(codePoint, weight);
      if (current && current.face === face) current.text += char;
      else {
        flush();
        current = { face, text: char };
      }
    }
    flush();
    return runs;
  }

  return {
    runsOf,
    widthOfText: (text, size, weight) => runsOf(text, size, weight).reduce((sum, run) => sum + run.width, 0),
    ascentAt: (size) => latinRegular.heightAtSize(size, { descender: false }),
    drawText(page, text, options) {
      const angle = ((options.rotateDegrees ?? 0) * Math.PI) / 180;
      let advance = 0;
      for (const run of runsOf(text, options.size, options.weight)) {
        page.drawText(run.text, {
          x: options.x + advance * Math.cos(angle),
          y: options.y + advance * Math.sin(angle),
          size: options.size,
          font: run.font,
          color: options.color ?? rgb(0, 0, 0),
          opacity: options.opacity ?? 1,
          rotate: degrees(options.rotateDegrees ?? 0),
        });
        advance += run.width;
      }
    },
  };
}
