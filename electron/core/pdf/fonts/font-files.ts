import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { create, type FontkitFont } from 'fontkit';
import type { PDFDocument } from '../pdf-lib';

type Fontkit = Parameters<PDFDocument['registerFontkit']>[0];

// The Unicode fonts shipped with the app (SIL Open Font License): Noto Sans covers
// Latin, Greek and Cyrillic; Noto Sans SC (Hans) covers Chinese.
export type FontFace = 'latin-regular' | 'latin-bold' | 'cjk-regular' | 'cjk-bold';

const fontFiles: Record<FontFace, { packageName: string; file: string }> = {
  'latin-regular': { packageName: '@embedpdf/fonts-latin', file: 'NotoSans-Regular.ttf' },
  'latin-bold': { packageName: '@embedpdf/fonts-latin', file: 'NotoSans-Bold.ttf' },
  'cjk-regular': { packageName: '@embedpdf/fonts-sc', file: 'NotoSansHans-Regular.otf' },
  'cjk-bold': { packageName: '@embedpdf/fonts-sc', file: 'NotoSansHans-Bold.otf' },
};

const require = createRequire(import.meta.url);
const fontBytes = new Map<FontFace, Uint8Array>();
const parsedFonts = new WeakMap<Uint8Array, FontkitFont>();

/** The bytes of a shipped font face, read from disk once per process. */
export function fontFileBytes(face: FontFace): Uint8Array {
  let bytes = fontBytes.get(face);
  if (!bytes) {
    const { packageName, file } = fontFiles[face];
    // The packages export only their JS entry (dist/); the font files sit in fonts/ beside it.
    bytes = new Uint8Array(readFileSync(join(dirname(require.resolve(packageName)), '..', 'fonts', file)));
    fontBytes.set(face, bytes);
  }
  return bytes;
}

/**
 * A fontkit that parses each shipped font once per process: the CJK font is 8 MB and every
 * print embeds it, so re-parsing per document would dominate the time of a short print.
 * Subsets stay per document (pdf-lib asks the parsed font for a fresh subset each time).
 */
export const cachingFontkit: Fontkit = {
  create(buffer: Uint8Array, postscriptName?: string) {
    let font = parsedFonts.get(buffer);
    if (!font) {
      font = create(buffer, postscriptName);
      parsedFonts.set(buffer, font);
    }
    return font;
  },
} as unknown as Fontkit;

/** The parsed fontkit font of a shipped face (shared with what pdf-lib embeds). */
export function parsedFontFace(face: FontFace): FontkitFont {
  return (cachingFontkit as unknown as { create(b: Uint8Array): FontkitFont }).create(fontFileBytes(face));
}
