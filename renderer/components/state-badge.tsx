import type { RevisionState } from '../../shared/contract';

const labels: Record<RevisionState, string> = {
  draft: 'Draft',
  replaced: 'Replaced',
  in_review: 'In review',
  in_approval: 'In approval',
  rejected: 'Rejected',
  approved: 'Approved',
  effective: 'Effective',
  superseded: 'Superseded',
  obsolete: 'Obsolete',
  cancelled: 'Cancelled',
};

/** A revision state as a coloured badge (colour is never the only cue: the word is always there). */
export function StateBadge({ state }: { state: RevisionState }) {
  return <span className={`badge badge-${state}`}>{labels[state]}</span>;
}

/** Every revision state, in lifecycle order, for filters. */
export const revisionStateOptions = Object.keys(labels) as RevisionState[];

export function stateLabel(state: RevisionState): string {
  return labels[state];
}
