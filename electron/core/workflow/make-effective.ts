import type Database from 'better-sqlite3';
import { appendAuditEvent, type Actor } from '../audit/append-audit-event';
import { changeRevisionState } from '../documents/change-revision-state';
import { labelOf, revisionRowById, type DocumentRow } from '../documents/document-queries';
import { markCopiesDueForRecall } from '../prints/mark-copies-due-for-recall';
import { statement } from '../vault/statements';
import { addMonths } from './calendar-dates';
import { carryOverTraining } from './carry-over-training';
import { implementChangeRequests } from '../dcr/implement-change-requests';
import { openLinkedChangeChecks } from '../links/linked-change-checks';
import { assignJobTrainingOnEffective } from '../training/job-training';

/**
 * Supersedes the effective revision of a document and, in the same transaction, marks its issued
 * controlled copies due for recall. Called explicitly, never through a listener, so every host that
 * releases (app, CLI, importer, replication) recalls the paper. Call inside the write transaction.
 */
export function supersedeRevision(db: Database.Database, actor: Actor, document: DocumentRow, revisionId: number, now: Date): string {
  changeRevisionState(db, revisionId, 'supersede');
  statement(db, 'UPDATE revisions SET superseded_at = ? WHERE id = ?').run(now.toISOString(), revisionId);
  const label = labelOf(revisionRowById(db, revisionId));
  appendAuditEvent(db, actor, { action: 'revision.superseded', entityType: 'revision', entityId: revisionId, oldValue: { state: 'effective' }, newValue: { document: document.number, label, state: 'superseded' } }, now);
  markCopiesDueForRecall(db, actor, { revisionId, documentId: document.id }, now);
  return label;
}

/**
 * Makes an approved revision effective on its date and, in the same transaction, supersedes the
 * revision that was effective before it; sets the next periodic review from the document's interval;
 * carries open read-and-understood training over from the superseded revision; assigns it to the people
 * of the jobs that require the document; marks the change requests it carries out implemented; gives the
 * owners of documents that use it a check of theirs (when it supersedes one).
 * Returns the label of the superseded revision, if any. Call inside the write transaction.
 */
export function makeEffective(db: Database.Database, actor: Actor, document: DocumentRow, revisionId: number, effectiveDate: string, now: Date): string | null {
  const previous = statement<[number, number], { id: number }>(db, "SELECT id FROM revisions WHERE document_id = ? AND state = 'effective' AND id <> ?").get(document.id, revisionId);
  const supersededLabel = previous ? supersedeRevision(db, actor, document, previous.id, now) : null;
  const nextReview = addMonths(effectiveDate, document.review_interval_months);
  changeRevisionState(db, revisionId, 'makeEffective');
  statement(db, 'UPDATE revisions SET effective_date = ?, next_review_date = ? WHERE id = ?').run(effectiveDate, nextReview, revisionId);
  const revision = revisionRowById(db, revisionId);
  appendAuditEvent(db, actor, { action: 'revision.effective', entityType: 'revision', entityId: revisionId, oldValue: { state: 'approved' }, newValue: { document: document.number, label: labelOf(revision), state: 'effective', effectiveDate, nextReviewDate: nextReview, supersedes: supersededLabel } }, now);
  if (previous) carryOverTraining(db, actor, document, previous.id, revisionId, now);
  implementChangeRequests(db, actor, document, revision, now);
  if (previous) openLinkedChangeChecks(db, actor, document, revision, now);
  assignJobTrainingOnEffective(db, actor, document.id, revisionId, now);
  return supersededLabel;
}
