import type Database from 'better-sqlite3';
import { revisionTransitions, transitionApplies, type RevisionState, type RevisionTransitionName } from '../../../shared/lifecycle';
import { QuireError } from '../../../shared/errors';
import { statement } from '../vault/statements';

/**
 * The one place a revision's state is written: takes the named transition of the lifecycle table,
 * refusing it (REVISION_STATE_CHANGED) unless the revision's state, read again here inside the
 * caller's write transaction, is one the transition starts from. Returns the state it left.
 */
export function changeRevisionState(db: Database.Database, revisionId: number, name: RevisionTransitionName): RevisionState {
  const current = statement<[number], { state: RevisionState }>(db, 'SELECT state FROM revisions WHERE id = ?').get(revisionId);
  if (!current) throw new QuireError('REVISION_NOT_FOUND', { id: revisionId });
  if (!transitionApplies(name, current.state)) {
    throw new QuireError('REVISION_STATE_CHANGED', { state: current.state, next: revisionTransitions[name].to });
  }
  statement(db, 'UPDATE revisions SET state = ? WHERE id = ?').run(revisionTransitions[name].to, revisionId);
  return current.state;
}
