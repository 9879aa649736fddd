import type { FontWeight, UnicodeFonts } from './embed-unicode-fonts';

/**
 * Breaks text into lines no wider than `maxWidth` at `size`: at spaces where possible, between
 * any two characters for scripts without spaces (Chinese) or words longer than a line.
 * Explicit line breaks in the text are kept; no character is ever dropped.
 */
export function wrapText(fonts: UnicodeFonts, text: string, size: number, maxWidth: number, weight: FontWeight = 'regular'): string[] {
  const lines: string[] = [];
  for (const paragraph of text.replace(/\r\n?/g, '\n').split('\n')) {
    let line = '';
    // Tokens are words with their trailing spaces, or single CJK characters.
    for (const token of paragraph.match(/[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]|[^\s\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]+\s*|\s+/g) ?? []) {
      const candidate = line + token;
      if (fonts.widthOfText(candidate.trimEnd(), size, weight) <= maxWidth) {
        line = candidate;
        continue;
      }
      if (line.trim() !== '') lines.push(line.trimEnd());
      line = '';
      for (const char of token) {
        if (line !== '' && fonts.widthOfText((line + char).trimEnd(), size, weight) > maxWidth) {
          lines.push(line.trimEnd());
          line = '';
        }
        line += char;
      }
    }
    lines.push(line.trimEnd());
  }
  return lines;
}
