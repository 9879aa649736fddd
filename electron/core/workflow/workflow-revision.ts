import type Database from 'better-sqlite3';
import { actStates, revisionStateInWords, type RevisionAct } from '../../../shared/lifecycle';
import { QuireError } from '../../../shared/errors';
import { labelOf, requireDocumentRow, revisionRows, type DocumentRow, type RevisionRow } from '../documents/document-queries';

type LatestStateCode = 'REVISION_NOT_DRAFT' | 'ROUTE_NOT_OPEN' | 'REVISION_NOT_APPROVED';

/**
 * The document and its newest revision, refused with a sentence naming its state unless the
 * lifecycle table lets one of the acts apply to a revision in that state.
 */
export function latestRevisionFor(db: Database.Database, number: string, acts: readonly RevisionAct[], code: LatestStateCode, act: string): { document: DocumentRow; revision: RevisionRow } {
  const document = requireDocumentRow(db, number);
  const revision = revisionRows(db, document.id).at(-1);
  if (!revision || !acts.some((a) => actStates(a).includes(revision.state))) {
    const now = revision ? `its newest revision ${labelOf(revision)} is ${revisionStateInWords(revision.state)}` : 'it has no revisions';
    throw new QuireError(code, `${document.number} cannot be ${act}: ${now}.`);
  }
  return { document, revision };
}

/** The document and its effective revision (a newer draft may exist beside it). */
export function effectiveRevisionOf(db: Database.Database, number: string): { document: DocumentRow; revision: RevisionRow } {
  const document = requireDocumentRow(db, number);
  const revision = revisionRows(db, document.id).findLast((r) => r.state === 'effective');
  if (!revision) throw new QuireError('REVISION_NOT_EFFECTIVE', `${document.number} has no effective revision.`);
  return { document, revision };
}
