import type Database from 'better-sqlite3';
import { actStates, type RevisionAct } from '../../../shared/lifecycle';
import { QuireError } from '../../../shared/errors';
import { labelOf, requireDocumentRow, revisionRows, type DocumentRow, type RevisionRow } from '../documents/document-queries';

type LatestStateCode = 'REVISION_NOT_DRAFT' | 'ROUTE_NOT_OPEN' | 'REVISION_NOT_APPROVED';
type RefusedAct = 'submitted' | 'cancelled' | 'released' | 'signed' | 'rejected';

/**
 * The document and its newest revision, refused with a sentence naming its state unless the
 * lifecycle table lets one of the acts apply to a revision in that state.
 */
export function latestRevisionFor(db: Database.Database, number: string, acts: readonly RevisionAct[], code: LatestStateCode, act: RefusedAct): { document: DocumentRow; revision: RevisionRow } {
  const document = requireDocumentRow(db, number);
  const revision = revisionRows(db, document.id).at(-1);
  if (!revision || !acts.some((a) => actStates(a).includes(revision.state))) {
    throw new QuireError(code, { number: document.number, act, ...(revision ? { label: labelOf(revision), state: revision.state } : {}) });
  }
  return { document, revision };
}

/** The document and its effective revision (a newer draft may exist beside it). */
export function effectiveRevisionOf(db: Database.Database, number: string): { document: DocumentRow; revision: RevisionRow } {
  const document = requireDocumentRow(db, number);
  const revision = revisionRows(db, document.id).findLast((r) => r.state === 'effective');
  if (!revision) throw new QuireError('REVISION_NOT_EFFECTIVE', { number: document.number });
  return { document, revision };
}
