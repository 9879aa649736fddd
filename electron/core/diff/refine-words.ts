import { alignSequences, type AlignmentBounds, type AlignmentStep } from './align-sequences';
import type { SourcedPassage } from './split-into-passages';
import type { TextPosition, WordPart, WordPartKind } from '../../../shared/text-comparison';

interface WordToken {
  /** Whitespace before the token, kept for display only when whitespace is ignored. */
  lead: string;
  text: string;
  at: TextPosition;
}

export interface WordRefinement {
  parts: WordPart[];
  wordsAdded: number;
  wordsRemoved: number;
}

/** Words (letters, digits, inner apostrophes), single punctuation marks, and runs of whitespace. */
const tokenPattern = /\s+|[\p{L}\p{N}\p{M}_]+(?:['’][\p{L}\p{N}\p{M}_]+)*|\S/gu;
const isWord = (text: string): boolean => /[\p{L}\p{N}]/u.test(text);

/**
 * Refines a changed block to words: returns parts (split at page boundaries, so every part lies on
 * one page of each revision) and word counts, or undefined when jsdiff gave up within the bounds.
 */
export function refineWords(
  oldPassages: readonly SourcedPassage[],
  newPassages: readonly SourcedPassage[],
  ignoreWhitespace: boolean,
  bounds: AlignmentBounds,
): WordRefinement | undefined {
  const oldTokens = tokenize(oldPassages, ignoreWhitespace);
  const newTokens = tokenize(newPassages, ignoreWhitespace);
  const aligned = alignSequences(
    oldTokens.map((t) => t.text),
    newTokens.map((t) => t.text),
    bounds,
  );
  if (aligned === undefined) return undefined;
  const steps = mostlyRewritten(aligned, oldTokens, newTokens) ? wholeReplacement(oldTokens, newTokens) : aligned;

  const parts: WordPart[] = [];
  let wordsAdded = 0;
  let wordsRemoved = 0;
  const push = (kind: WordPartKind, token: WordToken, oldAt: TextPosition, newAt: TextPosition): void => {
    const previous = parts[parts.length - 1];
    const samePages = previous !== undefined && previous.oldAt.page === oldAt.page && previous.newAt.page === newAt.page;
    if (previous?.kind === kind && samePages) previous.text += token.lead + token.text;
    else parts.push({ kind, text: token.lead + token.text, oldAt, newAt });
  };

  let i = 0;
  let j = 0;
  for (const step of steps) {
    for (let k = 0; k < step.count; k++) {
      if (step.kind === 'equal') {
        const oldToken = oldTokens[i++];
        const newToken = newTokens[j++];
        if (oldToken && newToken) push('same', newToken, oldToken.at, newToken.at);
      } else if (step.kind === 'removed') {
        const token = oldTokens[i++];
        if (!token) continue;
        if (isWord(token.text)) wordsRemoved++;
        push('removed', token, token.at, gapPosition(newTokens, j, newPassages));
      } else {
        const token = newTokens[j++];
        if (!token) continue;
        if (isWord(token.text)) wordsAdded++;
        push('added', token, gapPosition(oldTokens, i, oldPassages), token.at);
      }
    }
  }
  return { parts, wordsAdded, wordsRemoved };
}

/** Keeping fewer than this share of the words makes a rewrite; a reader wants it shown whole, not as confetti of "the" and "shall". */
const rewriteThreshold = 0.5;

function mostlyRewritten(steps: readonly AlignmentStep[], oldTokens: readonly WordToken[], newTokens: readonly WordToken[]): boolean {
  let kept = 0;
  let i = 0;
  for (const step of steps) {
    if (step.kind === 'equal') for (let k = 0; k < step.count; k++) if (isWord(oldTokens[i + k]?.text ?? '')) kept++;
    if (step.kind !== 'added') i += step.count;
  }
  // Measured against the shorter side: words added or removed around the kept text (a new line under an
  // edited one) are shown as additions, not taken for a rewrite of what survived.
  const words = Math.min(oldTokens.filter((t) => isWord(t.text)).length, newTokens.filter((t) => isWord(t.text)).length);
  return words > 0 && kept / words < rewriteThreshold;
}

function wholeReplacement(oldTokens: readonly WordToken[], newTokens: readonly WordToken[]): AlignmentStep[] {
  return [
    { kind: 'removed', count: oldTokens.length },
    { kind: 'added', count: newTokens.length },
  ];
}

/** Where text missing from one side would sit: at its next token, else after its last. */
function gapPosition(tokens: readonly WordToken[], index: number, passages: readonly SourcedPassage[]): TextPosition {
  return tokens[index]?.at ?? tokens[tokens.length - 1]?.at ?? passages[0]?.from ?? { page: 1, line: 1 };
}

function tokenize(passages: readonly SourcedPassage[], ignoreWhitespace: boolean): WordToken[] {
  const tokens: WordToken[] = [];
  passages.forEach((passage, passageIndex) => {
    let lead = passageIndex > 0 ? '\n' : '';
    if (!ignoreWhitespace && passageIndex > 0) tokens.push({ lead: '', text: '\n', at: passage.from });
    const anchors = passage.anchors ?? [{ offset: 0, at: passage.from }];
    let anchor = 0;
    for (const match of passage.text.matchAll(tokenPattern)) {
      while (anchor + 1 < anchors.length && (anchors[anchor + 1]?.offset ?? Infinity) <= match.index) anchor++;
      const at = anchors[anchor]?.at ?? passage.from;
      const text = match[0];
      if (ignoreWhitespace && /^\s/u.test(text)) {
        if (lead !== '\n') lead = text;
        continue;
      }
      tokens.push({ lead: ignoreWhitespace ? lead : '', text, at });
      lead = '';
    }
  });
  return tokens;
}
