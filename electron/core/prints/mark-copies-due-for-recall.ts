import type Database from 'better-sqlite3';
import { appendAuditEvent, type Actor } from '../audit/append-audit-event';
import { labelOf, revisionRowById } from '../documents/document-queries';
import { statement } from '../vault/statements';
import { controlledCopyRows } from './copy-register';

/**
 * Marks every issued controlled copy of a revision that is no longer effective (superseded, or
 * obsolete when its document is withdrawn) due for recall, with one audit event per copy. Runs inside
 * the transaction that ends the revision's effectiveness (called by supersedeRevision and approveWithdrawal,
 * by name), so the register never shows a stale copy as issued.
 */
export function markCopiesDueForRecall(db: Database.Database, actor: Actor, ended: { revisionId: number; documentId: number }, now: Date): number {
  const copies = controlledCopyRows(db, { revisionId: ended.revisionId, status: 'issued' });
  if (copies.length === 0) return 0;
  const revision = revisionRowById(db, ended.revisionId);
  const mark = statement(db, "UPDATE controlled_copies SET status = 'due_for_recall', due_for_recall_at = ? WHERE id = ? AND status = 'issued'");
  for (const copy of copies) {
    mark.run(now.toISOString(), copy.id);
    appendAuditEvent(db, actor, {
      action: 'revision.copy_due_for_recall',
      entityType: 'revision',
      entityId: ended.revisionId,
      oldValue: { status: 'issued' },
      newValue: { document: copy.number, label: labelOf(revision), copyNumber: copy.copy_number, copyholder: copy.copyholder, location: copy.location, status: 'due_for_recall', revisionState: revision.state },
    }, now);
  }
  return copies.length;
}
