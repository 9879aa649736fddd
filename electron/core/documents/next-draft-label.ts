import { revisionStateFacts } from '../../../shared/lifecycle';
import type { RevisionLabelScheme } from '../vault/vault-settings';
import type { RevisionRow } from './document-queries';
import { nextReleasedLabel } from './revision-labels';

/**
 * The label of the next draft of a document: within the coming release while the newest revision is
 * unreleased (B.1 → B.2), else the first draft of the next release (after B: C.1, or C.3 after cancelled C.1, C.2).
 */
export function nextDraftLabel(revisions: readonly RevisionRow[], scheme: RevisionLabelScheme): { majorLabel: string; draftNumber: number } {
  const released = (r: RevisionRow) => revisionStateFacts[r.state].releasedLabel;
  const latest = revisions.at(-1);
  const majorLabel = latest && !released(latest) ? latest.major_label : nextReleasedLabel(revisions.findLast(released)?.major_label ?? null, scheme);
  const draftNumber = 1 + Math.max(0, ...revisions.filter((r) => r.major_label === majorLabel).map((r) => r.draft_number));
  return { majorLabel, draftNumber };
}
