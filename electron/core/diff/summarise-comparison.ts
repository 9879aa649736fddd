import type { ComparisonHunk, ComparisonSummary, TextPassage } from '../../../shared/text-comparison';

const wordPattern = /[\p{L}\p{N}\p{M}_]+(?:['’][\p{L}\p{N}\p{M}_]+)*/gu;

export function countWords(passages: readonly { text: string }[]): number {
  let count = 0;
  for (const passage of passages) count += passage.text.match(wordPattern)?.length ?? 0;
  return count;
}

/** Sums up the hunks of a comparison: the pages each revision has changes on, and words and lines added and removed. */
export function summariseComparison(hunks: readonly ComparisonHunk[], oldPageLines: readonly number[], newPageLines: readonly number[]): ComparisonSummary {
  const oldPages = new Set<number>();
  const newPages = new Set<number>();
  const oldLines = new Set<string>();
  const newLines = new Set<string>();
  let wordsAdded = 0;
  let wordsRemoved = 0;
  let changes = 0;

  for (const hunk of hunks) {
    if (hunk.kind === 'unchanged-context') continue;
    changes++;
    // Word parts pinpoint the pages; the passages' own span may be wider (a long sentence over a page break).
    const spannedOldPages = hunk.words ? new Set<number>() : oldPages;
    const spannedNewPages = hunk.words ? new Set<number>() : newPages;
    for (const passage of hunk.old) markSpan(passage, oldPageLines, spannedOldPages, oldLines);
    for (const passage of hunk.new) markSpan(passage, newPageLines, spannedNewPages, newLines);
    if (hunk.words) {
      for (const part of hunk.words) {
        if (part.kind === 'same') continue;
        oldPages.add(part.oldAt.page);
        newPages.add(part.newAt.page);
        const words = part.text.match(wordPattern)?.length ?? 0;
        if (part.kind === 'added') wordsAdded += words;
        else wordsRemoved += words;
      }
    } else {
      if (hunk.old.length === 0) oldPages.add(hunk.oldAt.page);
      if (hunk.new.length === 0) newPages.add(hunk.newAt.page);
      wordsRemoved += countWords(hunk.old);
      wordsAdded += countWords(hunk.new);
    }
  }
  return {
    oldPagesChanged: [...oldPages].sort((x, y) => x - y),
    newPagesChanged: [...newPages].sort((x, y) => x - y),
    wordsAdded,
    wordsRemoved,
    linesAdded: newLines.size,
    linesRemoved: oldLines.size,
    changes,
  };
}

/** The pages and source lines a passage covers (a sentence may run over lines and pages). */
function markSpan(passage: TextPassage, pageLines: readonly number[], pages: Set<number>, lines: Set<string>): void {
  for (let page = passage.from.page; page <= passage.to.page; page++) {
    pages.add(page);
    const first = page === passage.from.page ? passage.from.line : 1;
    const last = page === passage.to.page ? passage.to.line : (pageLines[page - 1] ?? first);
    for (let line = first; line <= last; line++) lines.add(`${page}:${line}`);
  }
}
