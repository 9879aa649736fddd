import type { FontWeight, UnicodeFonts } from '../../pdf/fonts';

export type Marking = 'same' | 'added' | 'removed' | 'context';

export interface MarkedText {
  text: string;
  marking: Marking;
}

/** A piece of one line, at `x` from the left edge of the text column. */
export interface PlacedPiece {
  text: string;
  marking: Marking;
  x: number;
  width: number;
}

/**
 * Lays out text of mixed markings as lines no wider than `maxWidth`, breaking between words (or inside
 * a word longer than a line); a '\n' in the text forces a new line. No character is dropped.
 */
export function layoutMarkedText(fonts: UnicodeFonts, segments: readonly MarkedText[], size: number, maxWidth: number, weight: FontWeight = 'regular'): PlacedPiece[][] {
  const lines: PlacedPiece[][] = [[]];
  let x = 0;
  const newLine = (): void => {
    lines.push([]);
    x = 0;
  };
  const place = (text: string, marking: Marking): void => {
    const width = fonts.widthOfText(text, size, weight);
    const line = lines[lines.length - 1];
    const previous = line?.[line.length - 1];
    // Consecutive words of one marking become one piece: fewer text operators, continuous underlines.
    if (previous && previous.marking === marking && Math.abs(previous.x + previous.width - x) < 0.01) {
      previous.text += text;
      previous.width += width;
    } else line?.push({ text, marking, x, width });
    x += width;
  };
  for (const segment of segments) {
    segment.text.split('\n').forEach((paragraph, index) => {
      if (index > 0) newLine();
      for (const word of paragraph.match(/\S+\s*|\s+/gu) ?? []) {
        const visible = word.trimEnd();
        if (x > 0 && x + fonts.widthOfText(visible, size, weight) > maxWidth) newLine();
        if (/^\s+$/u.test(word)) {
          // Spaces between parts stay unmarked, so a mark starts at its first letter; none start a wrapped line.
          if (x > 0) place(word, 'same');
          continue;
        }
        if (fonts.widthOfText(visible, size, weight) <= maxWidth) {
          place(word, segment.marking);
          continue;
        }
        for (const char of word) {
          if (x > 0 && x + fonts.widthOfText(char, size, weight) > maxWidth) newLine();
          place(char, segment.marking);
        }
      }
    });
  }
  return lines.filter((line, i) => line.length > 0 || i < lines.length - 1);
}
