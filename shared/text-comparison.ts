// The plain-data result of comparing the text of two revisions. It crosses IPC, worker and HTTP
// boundaries as is, and feeds the on-screen view and the PDF report alike.

/** Where text sits in a revision: 1-based page and 1-based line within that page. */
export interface TextPosition {
  page: number;
  line: number;
}

/**
 * The unit the comparison aligns: one line, or one sentence when line wrapping is ignored
 * (a sentence may run over several lines and pages).
 */
export interface TextPassage {
  text: string;
  from: TextPosition;
  to: TextPosition;
}

export type WordPartKind = 'same' | 'added' | 'removed';

/**
 * A run of words inside a changed hunk. Both positions are given: for a removal, `newAt` is where
 * the words are missing from the new revision; for an addition, `oldAt` is where they were inserted.
 */
export interface WordPart {
  kind: WordPartKind;
  text: string;
  oldAt: TextPosition;
  newAt: TextPosition;
}

export type HunkKind = 'added' | 'removed' | 'changed' | 'unchanged-context';

export interface ComparisonHunk {
  kind: HunkKind;
  /** Passages of the old revision (empty for 'added'). */
  old: TextPassage[];
  /** Passages of the new revision (empty for 'removed'). */
  new: TextPassage[];
  /** Where the hunk starts in each revision (for an empty side: where the other side's text would go). */
  oldAt: TextPosition;
  newAt: TextPosition;
  /** Word-level refinement of a 'changed' hunk; absent when it was not computed (see `precision`). */
  words?: WordPart[];
}

export interface ComparisonSummary {
  /** Pages of the old revision a change touches (text removed or changed there, or added text inserted there), ascending. */
  oldPagesChanged: number[];
  /** Pages of the new revision a change touches (text added or changed there, or removed text missing there), ascending. */
  newPagesChanged: number[];
  wordsAdded: number;
  wordsRemoved: number;
  /** Extracted lines in added (new revision) or removed (old revision) hunks; a changed line counts as removed and added, as in a patch. */
  linesAdded: number;
  linesRemoved: number;
  /** Hunks of change (added, removed or changed), as a reader would count "places". */
  changes: number;
}

/**
 * 'word': every changed hunk is refined to words. 'line': passages are aligned but some hunks are
 * not refined to words. 'coarse': the revisions differed too much to align within the limits, so the
 * differing region is reported as one block.
 */
export type ComparisonPrecision = 'word' | 'line' | 'coarse';

export interface TextComparison {
  options: ComparisonOptions;
  /** Only hunks of change and a few passages of context around them; unchanged text in between is left out. */
  hunks: ComparisonHunk[];
  summary: ComparisonSummary;
  precision: ComparisonPrecision;
  /** A sentence for the reader when precision is not 'word'. */
  precisionNote?: string;
  identical: boolean;
  /** With ignoreHeadersFooters: how many running header and footer lines each revision had left out. */
  headerFooterLinesIgnored?: { old: number; new: number };
}

export interface ComparisonOptions {
  /** Treat runs of spaces and tabs as one space, ignore leading/trailing spaces and blank lines. */
  ignoreWhitespace: boolean;
  /** Compare sentences instead of lines, so re-flowed text (other width, font, page size) shows no change. */
  ignoreLineWrap: boolean;
  /** Leave out running headers and footers (lines repeated at the top or bottom of most pages, page numbers aside). */
  ignoreHeadersFooters?: boolean;
  /** Unchanged passages shown before and after each change (default 2). */
  contextPassages?: number;
  /** Overrides of the work bounds, for tuning and tests. */
  limits?: Partial<ComparisonLimits>;
}

/** Bounds on jsdiff's O(N·D) work; past them the comparison falls back to a coarser result and says so. */
export interface ComparisonLimits {
  passageMaxEditLength: number;
  passageTimeoutMs: number;
  wordMaxEditLength: number;
  wordTimeoutMs: number;
  /** Total time spent refining hunks to words; later hunks stay at line precision. */
  wordBudgetMs: number;
}

export const defaultComparisonLimits: ComparisonLimits = {
  passageMaxEditLength: 20_000,
  passageTimeoutMs: 10_000,
  wordMaxEditLength: 5_000,
  wordTimeoutMs: 1_000,
  wordBudgetMs: 5_000,
};

/** How a comparison was made, in one sentence for the screen, the CLI and the PDF report. */
export function comparisonMethodSentence(comparison: Pick<TextComparison, 'options' | 'headerFooterLinesIgnored'>): string {
  const { options, headerFooterLinesIgnored: ignored } = comparison;
  const unit = options.ignoreLineWrap ? 'sentence by sentence (line wrapping ignored)' : 'line by line';
  const furniture = !ignored
    ? ''
    : ignored.old + ignored.new === 0
      ? '; no running headers or footers found to leave out'
      : `; running headers and footers left out (${ignored.old} ${ignored.old === 1 ? 'line' : 'lines'} of the old revision, ${ignored.new} of the new)`;
  return `Compared ${unit}; whitespace ${options.ignoreWhitespace ? 'ignored' : 'compared'}${furniture}.`;
}
