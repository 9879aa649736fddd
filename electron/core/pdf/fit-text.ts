import type { FontWeight, UnicodeFonts } from './fonts';

/** The text itself if it fits in `maxWidth`, else its longest prefix that fits followed by an ellipsis. */
export function fitText(fonts: UnicodeFonts, text: string, size: number, maxWidth: number, weight: FontWeight = 'regular'): string {
  if (fonts.widthOfText(text, size, weight) <= maxWidth) return text;
  const chars = [...text];
  let low = 0;
  let high = chars.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (fonts.widthOfText(`${chars.slice(0, mid).join('').trimEnd()}…`, size, weight) <= maxWidth) low = mid;
    else high = mid - 1;
  }
  return `${chars.slice(0, low).join('').trimEnd()}…`;
}
