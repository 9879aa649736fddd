import { revisionStateFacts, type RevisionState } from '../../../shared/lifecycle';
import { QuireError } from '../../../shared/errors';
import type { RevisionLabelScheme } from '../vault/vault-settings';


function alphabet(scheme: RevisionLabelScheme): string[] {
  const skip = new Set(scheme.skip.map((s) => s.toUpperCase()));
  const letters = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'].filter((l) => !skip.has(l));
  if (letters.length < 2) throw new QuireError('REVISION_LABEL_SCHEME_INVALID', { reason: 'too-few-letters' });
  return letters;
}

/** The n-th released label (0 → A): A … Y, then AA, AB … (bijective base over the allowed letters), or 1, 2, 3. */
export function releasedLabelAt(index: number, scheme: RevisionLabelScheme): string {
  if (scheme.kind === 'numbers') return String(index + 1);
  const letters = alphabet(scheme);
  let n = index + 1;
  let label = '';
  while (n > 0) {
    const rem = (n - 1) % letters.length;
    label = letters[rem] + label;
    n = Math.floor((n - 1) / letters.length);
  }
  return label;
}

/** The position of a released label in the scheme (inverse of releasedLabelAt). */
export function releasedLabelIndex(label: string, scheme: RevisionLabelScheme): number {
  if (scheme.kind === 'numbers') return Number(label) - 1;
  const letters = alphabet(scheme);
  let n = 0;
  for (const ch of label) {
    const digit = letters.indexOf(ch);
    if (digit < 0) throw new QuireError('REVISION_LABEL_SCHEME_INVALID', { reason: 'foreign-label', label });
    n = n * letters.length + digit + 1;
  }
  return n - 1;
}

/** The label after `current` in the scheme; the first label when there is none. */
export function nextReleasedLabel(current: string | null, scheme: RevisionLabelScheme): string {
  return releasedLabelAt(current === null ? 0 : releasedLabelIndex(current, scheme) + 1, scheme);
}

/** What a revision is called: B once released, B.2 while it is a draft toward B. */
export function revisionLabel(majorLabel: string, draftNumber: number, state: RevisionState): string {
  return revisionStateFacts[state].releasedLabel ? majorLabel : `${majorLabel}.${draftNumber}`;
}
