import { revisionBadgeLabel, revisionStateLabel, revisionStates, type RevisionState } from '../../shared/lifecycle';

/**
 * A revision state as a coloured badge (colour is never the only cue: the word, from the lifecycle table, is always there).
 * Given its effective date, an approved revision already released shows "Released — effective <date>".
 */
export function StateBadge({ state, effectiveDate = null }: { state: RevisionState; effectiveDate?: string | null }) {
  const released = state === 'approved' && effectiveDate !== null;
  return <span className={`badge badge-${released ? 'released' : state}`}>{revisionBadgeLabel(state, effectiveDate)}</span>;
}

/** Every revision state, in lifecycle order, for filters. */
export const revisionStateOptions: readonly RevisionState[] = revisionStates;

export const stateLabel = revisionStateLabel;
