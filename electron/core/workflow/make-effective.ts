import type Database from 'better-sqlite3';
import { appendAuditEvent, type Actor } from '../audit/append-audit-event';
import { labelOf, revisionRowById, type DocumentRow } from '../documents/document-queries';
import { statement } from '../vault/statements';
import { addMonths } from './calendar-dates';

/** Listeners told, inside the same transaction, that a revision stopped being effective — superseded, or obsolete on withdrawal (e.g. its controlled copies fall due for recall). */
export type SupersessionListener = (db: Database.Database, actor: Actor, superseded: { revisionId: number; documentId: number }, now: Date) => void;
export const supersessionListeners: SupersessionListener[] = [];

/**
 * Makes an approved revision effective on its date and, in the same transaction, supersedes the
 * revision that was effective before it; sets the next periodic review from the document's interval.
 * Returns the label of the superseded revision, if any. Call inside the write transaction.
 */
export function makeEffective(db: Database.Database, actor: Actor, document: DocumentRow, revisionId: number, effectiveDate: string, now: Date): string | null {
  const previous = statement<[number, number], { id: number }>(db, "SELECT id FROM revisions WHERE document_id = ? AND state = 'effective' AND id <> ?").get(document.id, revisionId);
  let supersededLabel: string | null = null;
  if (previous) {
    statement(db, "UPDATE revisions SET state = 'superseded', superseded_at = ? WHERE id = ?").run(now.toISOString(), previous.id);
    const old = revisionRowById(db, previous.id);
    supersededLabel = labelOf(old);
    appendAuditEvent(db, actor, { action: 'revision.superseded', entityType: 'revision', entityId: previous.id, oldValue: { state: 'effective' }, newValue: { document: document.number, label: supersededLabel, state: 'superseded' } }, now);
    for (const listener of supersessionListeners) listener(db, actor, { revisionId: previous.id, documentId: document.id }, now);
  }
  const nextReview = addMonths(effectiveDate, document.review_interval_months);
  statement(db, "UPDATE revisions SET state = 'effective', effective_date = ?, next_review_date = ? WHERE id = ?").run(effectiveDate, nextReview, revisionId);
  const revision = revisionRowById(db, revisionId);
  appendAuditEvent(db, actor, { action: 'revision.effective', entityType: 'revision', entityId: revisionId, oldValue: { state: 'approved' }, newValue: { document: document.number, label: labelOf(revision), state: 'effective', effectiveDate, nextReviewDate: nextReview, supersedes: supersededLabel } }, now);
  return supersededLabel;
}
