import { revisionStateLabel, revisionStates, type RevisionState } from '../../shared/lifecycle';

/** A revision state as a coloured badge (colour is never the only cue: the word, from the lifecycle table, is always there). */
export function StateBadge({ state }: { state: RevisionState }) {
  return <span className={`badge badge-${state}`}>{revisionStateLabel(state)}</span>;
}

/** Every revision state, in lifecycle order, for filters. */
export const revisionStateOptions: readonly RevisionState[] = revisionStates;

export const stateLabel = revisionStateLabel;
