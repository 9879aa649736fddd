// fontkit v2 ships no type declarations; this is the small surface Quire uses.
declare module 'fontkit' {
  export interface FontkitGlyph {
    id: number;
    codePoints: number[];
  }
  export interface FontkitFont {
    glyphForCodePoint(codePoint: number): FontkitGlyph;
    hasGlyphForCodePoint(codePoint: number): boolean;
    readonly unitsPerEm: number;
  }
  export function create(buffer: Uint8Array, postscriptName?: string): FontkitFont;
}
