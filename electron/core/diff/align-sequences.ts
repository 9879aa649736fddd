import { diffArrays } from 'diff';

export type AlignmentStep = { kind: 'equal' | 'removed' | 'added'; count: number };

export interface AlignmentBounds {
  maxEditLength: number;
  timeoutMs: number;
}

/**
 * Aligns two sequences of comparison keys with jsdiff's Myers diff; returns runs of equal, removed and
 * added items, or undefined when jsdiff gave up within the bounds (the caller must fall back).
 */
export function alignSequences(oldKeys: readonly string[], newKeys: readonly string[], bounds: AlignmentBounds): AlignmentStep[] | undefined {
  // The common head and tail (most of a revision) need no O(N·D) search.
  const { head, tail } = commonEnds(oldKeys, newKeys);

  // Small integers compare in one step where strings compare character by character.
  const ids = new Map<string, number>();
  const idOf = (key: string): number => {
    let id = ids.get(key);
    if (id === undefined) {
      id = ids.size;
      ids.set(key, id);
    }
    return id;
  };
  const oldIds = oldKeys.slice(head, oldKeys.length - tail).map(idOf);
  const newIds = newKeys.slice(head, newKeys.length - tail).map(idOf);

  const steps: AlignmentStep[] = [];
  if (head > 0) steps.push({ kind: 'equal', count: head });
  if (oldIds.length > 0 || newIds.length > 0) {
    const middle = diffArrays(oldIds, newIds, { maxEditLength: bounds.maxEditLength, timeout: bounds.timeoutMs });
    if (middle === undefined) return undefined;
    for (const change of middle) {
      const kind = change.added ? 'added' : change.removed ? 'removed' : 'equal';
      const previous = steps[steps.length - 1];
      if (previous?.kind === kind) previous.count += change.count;
      else steps.push({ kind, count: change.count });
    }
  }
  if (tail > 0) {
    const previous = steps[steps.length - 1];
    if (previous?.kind === 'equal') previous.count += tail;
    else steps.push({ kind: 'equal', count: tail });
  }
  return steps;
}

/** The fallback alignment when jsdiff gives up: common head and tail kept, everything between them one removed-and-added block. */
export function coarseAlignment(oldKeys: readonly string[], newKeys: readonly string[]): AlignmentStep[] {
  const { head, tail } = commonEnds(oldKeys, newKeys);
  const steps: AlignmentStep[] = [];
  if (head > 0) steps.push({ kind: 'equal', count: head });
  if (oldKeys.length - head - tail > 0) steps.push({ kind: 'removed', count: oldKeys.length - head - tail });
  if (newKeys.length - head - tail > 0) steps.push({ kind: 'added', count: newKeys.length - head - tail });
  if (tail > 0) steps.push({ kind: 'equal', count: tail });
  return steps;
}

function commonEnds(oldKeys: readonly string[], newKeys: readonly string[]): { head: number; tail: number } {
  let head = 0;
  while (head < oldKeys.length && head < newKeys.length && oldKeys[head] === newKeys[head]) head++;
  let tail = 0;
  while (tail < oldKeys.length - head && tail < newKeys.length - head && oldKeys[oldKeys.length - 1 - tail] === newKeys[newKeys.length - 1 - tail]) tail++;
  return { head, tail };
}
