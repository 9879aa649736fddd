import type { RevisionText } from '../text/revision-text';
import { alignSequences, coarseAlignment, type AlignmentStep } from './align-sequences';
import { findRunningLines } from './find-running-lines';
import { refineWords } from './refine-words';
import { splitIntoPassages, type SourcedPassage } from './split-into-passages';
import { summariseComparison } from './summarise-comparison';
import {
  defaultComparisonLimits,
  type ComparisonHunk,
  type ComparisonOptions,
  type ComparisonPrecision,
  type TextComparison,
  type TextPassage,
  type TextPosition,
} from '../../../shared/text-comparison';

type Segment = { kind: 'equal'; oldStart: number; newStart: number; count: number } | { kind: 'change'; oldStart: number; oldEnd: number; newStart: number; newEnd: number };

/**
 * Compares the text of two revisions: aligns lines (or sentences, when line wrapping is ignored),
 * refines changed hunks to words, and traces every change to its pages. Work is bounded: when jsdiff
 * gives up, the result is coarser and `precision` and `precisionNote` say so. Never throws for any text.
 */
export function compareRevisionTexts(a: RevisionText, b: RevisionText, options: ComparisonOptions): TextComparison {
  const limits = { ...defaultComparisonLimits, ...options.limits };
  const contextPassages = options.contextPassages ?? 2;
  const oldRunning = options.ignoreHeadersFooters ? findRunningLines(a.pages) : undefined;
  const newRunning = options.ignoreHeadersFooters ? findRunningLines(b.pages) : undefined;
  const oldPassages = splitIntoPassages(a.pages, { ...options, skipLines: oldRunning });
  const newPassages = splitIntoPassages(b.pages, { ...options, skipLines: newRunning });
  const oldKeys = oldPassages.map((p) => p.key);
  const newKeys = newPassages.map((p) => p.key);

  const aligned = alignSequences(oldKeys, newKeys, { maxEditLength: limits.passageMaxEditLength, timeoutMs: limits.passageTimeoutMs });
  const steps = aligned ?? coarseAlignment(oldKeys, newKeys);
  const segments = toSegments(steps);

  const hunks: ComparisonHunk[] = [];
  const wordsDeadline = Date.now() + limits.wordBudgetMs;
  let unrefined = 0;
  segments.forEach((segment, index) => {
    if (segment.kind === 'equal') {
      hunks.push(...contextHunks(segment, segments[index - 1] !== undefined, segments[index + 1] !== undefined, contextPassages, oldPassages, newPassages));
      return;
    }
    const oldSide = oldPassages.slice(segment.oldStart, segment.oldEnd);
    const newSide = newPassages.slice(segment.newStart, segment.newEnd);
    const hunk: ComparisonHunk = {
      kind: oldSide.length === 0 ? 'added' : newSide.length === 0 ? 'removed' : 'changed',
      old: oldSide.map(toPassage),
      new: newSide.map(toPassage),
      oldAt: positionAt(oldPassages, segment.oldStart),
      newAt: positionAt(newPassages, segment.newStart),
    };
    if (hunk.kind === 'changed' && aligned) {
      const remaining = wordsDeadline - Date.now();
      const refined =
        remaining > 0
          ? refineWords(oldSide, newSide, options.ignoreWhitespace, { maxEditLength: limits.wordMaxEditLength, timeoutMs: Math.min(limits.wordTimeoutMs, remaining) })
          : undefined;
      if (refined) hunk.words = refined.parts;
      else unrefined++;
    }
    hunks.push(hunk);
  });

  const precision: ComparisonPrecision = aligned === undefined ? 'coarse' : unrefined > 0 ? 'line' : 'word';
  const comparison: TextComparison = {
    options: { ignoreWhitespace: options.ignoreWhitespace, ignoreLineWrap: options.ignoreLineWrap, ignoreHeadersFooters: options.ignoreHeadersFooters ?? false, contextPassages },
    hunks,
    summary: summariseComparison(hunks, lineCounts(a.pages), lineCounts(b.pages)),
    precision,
    identical: segments.every((s) => s.kind === 'equal'),
  };
  if (oldRunning && newRunning) comparison.headerFooterLinesIgnored = { old: lineTotal(oldRunning), new: lineTotal(newRunning) };
  if (precision === 'coarse') {
    comparison.precisionNote =
      'The revisions differ too much to be aligned line by line within the time allowed; everything between the first and the last difference is shown as one changed block.';
  } else if (precision === 'line') {
    comparison.precisionNote = `${unrefined} changed ${unrefined === 1 ? 'block is' : 'blocks are'} too large to be compared word by word within the time allowed; ${unrefined === 1 ? 'it is' : 'they are'} shown as whole ${options.ignoreLineWrap ? 'sentences' : 'lines'}.`;
  }
  return comparison;
}

function toSegments(steps: readonly AlignmentStep[]): Segment[] {
  const segments: Segment[] = [];
  let oldIndex = 0;
  let newIndex = 0;
  for (const step of steps) {
    if (step.kind === 'equal') {
      segments.push({ kind: 'equal', oldStart: oldIndex, newStart: newIndex, count: step.count });
      oldIndex += step.count;
      newIndex += step.count;
      continue;
    }
    let change = segments[segments.length - 1];
    if (change?.kind !== 'change') {
      change = { kind: 'change', oldStart: oldIndex, oldEnd: oldIndex, newStart: newIndex, newEnd: newIndex };
      segments.push(change);
    }
    if (step.kind === 'removed') change.oldEnd = oldIndex += step.count;
    else change.newEnd = newIndex += step.count;
  }
  return segments;
}

/** The unchanged passages kept around changes: a few after the previous change and a few before the next. */
function contextHunks(
  segment: Extract<Segment, { kind: 'equal' }>,
  changeBefore: boolean,
  changeAfter: boolean,
  context: number,
  oldPassages: readonly SourcedPassage[],
  newPassages: readonly SourcedPassage[],
): ComparisonHunk[] {
  const slice = (offset: number, count: number): ComparisonHunk[] => {
    if (count <= 0) return [];
    const oldStart = segment.oldStart + offset;
    const newStart = segment.newStart + offset;
    return [
      {
        kind: 'unchanged-context',
        old: oldPassages.slice(oldStart, oldStart + count).map(toPassage),
        new: newPassages.slice(newStart, newStart + count).map(toPassage),
        oldAt: positionAt(oldPassages, oldStart),
        newAt: positionAt(newPassages, newStart),
      },
    ];
  };
  if (changeBefore && changeAfter && segment.count <= 2 * context) return slice(0, segment.count);
  return [...(changeBefore ? slice(0, Math.min(context, segment.count)) : []), ...(changeAfter ? slice(Math.max(0, segment.count - context), Math.min(context, segment.count)) : [])];
}

function toPassage(passage: SourcedPassage): TextPassage {
  return { text: passage.text, from: passage.from, to: passage.to };
}

/** The position of the passage at `index`, or just after the last one when the index is past the end. */
function positionAt(passages: readonly SourcedPassage[], index: number): TextPosition {
  const passage = passages[index];
  if (passage) return passage.from;
  const last = passages[passages.length - 1];
  return last ? { page: last.to.page, line: last.to.line + 1 } : { page: 1, line: 1 };
}

function lineCounts(pages: readonly string[]): number[] {
  return pages.map((page) => page.split('\n').length);
}

function lineTotal(perPage: readonly ReadonlySet<number>[]): number {
  return perPage.reduce((sum, lines) => sum + lines.size, 0);
}
