import type { TextPosition } from '../../../shared/text-comparison';

/** A passage as the engine holds it: display text, the key it is compared by, and where each piece came from. */
export interface SourcedPassage {
  text: string;
  key: string;
  from: TextPosition;
  to: TextPosition;
  /** Offsets into `text` at which a new source line begins, ascending, the first at 0; absent when the passage is one line (at `from`). */
  anchors?: { offset: number; at: TextPosition }[];
}

interface SplitOptions {
  ignoreWhitespace: boolean;
  ignoreLineWrap: boolean;
  /** Per page, 0-based indexes of lines to leave out (running headers and footers). */
  skipLines?: readonly ReadonlySet<number>[];
}

/** A sentence ends at . ! or ? (perhaps followed by closing quotes or brackets) before whitespace. */
const sentenceEnd = /[.!?]['"”’)\]]*(?=\s)/gu;
const softHyphen = '\u00AD';

/** Cuts a revision's pages into the passages the comparison aligns (lines, or sentences when line wrapping is ignored), each traced back to its pages and lines. */
export function splitIntoPassages(pages: readonly string[], options: SplitOptions): SourcedPassage[] {
  const kept = (pageIndex: number, lineIndex: number) => !options.skipLines?.[pageIndex]?.has(lineIndex);
  return options.ignoreLineWrap ? splitIntoSentences(pages, options.ignoreWhitespace, kept) : splitIntoLines(pages, options.ignoreWhitespace, kept);
}

type LineFilter = (pageIndex: number, lineIndex: number) => boolean;

/** Whitespace that normalising would change: a run, a character other than a plain space, or space at either end. */
const unnormalisedWhitespace = /\s\s|[^ \S]|^ | $/;

export function comparisonKey(text: string, ignoreWhitespace: boolean): string {
  // Most lines are already normal; testing first spares a new string per line on large revisions.
  if (!ignoreWhitespace || !unnormalisedWhitespace.test(text)) return text;
  return text.replace(/\s+/gu, ' ').trim();
}

function splitIntoLines(pages: readonly string[], ignoreWhitespace: boolean, kept: LineFilter): SourcedPassage[] {
  const passages: SourcedPassage[] = [];
  pages.forEach((pageText, pageIndex) => {
    pageText.split('\n').forEach((text, lineIndex) => {
      if (!kept(pageIndex, lineIndex)) return;
      const key = comparisonKey(text, ignoreWhitespace);
      if (ignoreWhitespace && key === '') return;
      const at = { page: pageIndex + 1, line: lineIndex + 1 };
      passages.push({ text, key, from: at, to: at });
    });
  });
  return passages;
}

/**
 * Joins soft-wrapped lines (across pages too: re-flowing moves page breaks) and cuts the stream at
 * sentence ends and blank lines. Both cut points survive re-flowing, so the same words give the same passages.
 */
function splitIntoSentences(pages: readonly string[], ignoreWhitespace: boolean, kept: LineFilter): SourcedPassage[] {
  const passages: SourcedPassage[] = [];
  let buffer = '';
  // Where each source line starts in `buffer`; while the buffer holds text, the first is at offset 0.
  let anchors: { offset: number; at: TextPosition }[] = [];

  const anchorIndexAt = (offset: number): number => {
    let index = 0;
    while (index + 1 < anchors.length && (anchors[index + 1]?.offset ?? Infinity) <= offset) index++;
    return index;
  };

  const emit = (end: number): void => {
    const piece = buffer.slice(0, end);
    const text = piece.trim();
    if (text !== '') {
      const leading = piece.length - piece.trimStart().length;
      const first = anchorIndexAt(leading);
      const lastIndex = anchorIndexAt(leading + text.length - 1);
      const own = anchors.slice(first, lastIndex + 1).map((a) => ({ offset: Math.max(0, a.offset - leading), at: a.at }));
      const from = own[0]?.at ?? { page: 1, line: 1 };
      passages.push({ text, key: comparisonKey(text, ignoreWhitespace), from, to: own[own.length - 1]?.at ?? from, anchors: own });
    }
    // The line in which the cut falls also begins the next passage.
    const carried = anchors[anchorIndexAt(end)];
    anchors = anchors.filter((a) => a.offset > end).map((a) => ({ offset: a.offset - end, at: a.at }));
    buffer = buffer.slice(end);
    if (carried && buffer !== '' && (anchors[0]?.offset ?? Infinity) > 0) anchors.unshift({ offset: 0, at: carried.at });
    if (buffer === '') anchors = [];
  };

  /** Cuts every sentence end found at or after `scanFrom` (earlier ones were cut when they got their following space). */
  const cutSentences = (scanFrom: number): void => {
    const ends = [...buffer.slice(scanFrom).matchAll(sentenceEnd)].map((m) => scanFrom + m.index + m[0].length);
    let consumed = 0;
    for (const end of ends) {
      emit(end - consumed);
      consumed = end;
    }
  };

  pages.forEach((pageText, pageIndex) => {
    pageText.split('\n').forEach((rawLine, lineIndex) => {
      // A running header or footer is passed over, so a sentence across the page break stays whole.
      if (!kept(pageIndex, lineIndex)) return;
      const line = rawLine.trim();
      if (line === '') {
        emit(buffer.length);
        return;
      }
      const before = buffer.length;
      if (buffer.endsWith(softHyphen)) buffer = buffer.slice(0, -1);
      else if (buffer !== '') buffer += ' ';
      anchors.push({ offset: buffer.length, at: { page: pageIndex + 1, line: lineIndex + 1 } });
      buffer += line;
      // A sentence end needs the space that follows it, so the previous line's last characters are re-scanned.
      cutSentences(Math.max(0, before - 16));
    });
  });
  emit(buffer.length);
  return passages;
}
