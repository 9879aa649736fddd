import type Database from 'better-sqlite3';
import { appendAuditEvent, type Actor } from '../audit/append-audit-event';
import { labelOf, type DocumentRow, type RevisionRow } from '../documents/document-queries';
import { statement } from '../vault/statements';

/**
 * Marks implemented every accepted change request carried by the revision that just became effective
 * (accepted into a draft of its major revision), each with its audit event. Called explicitly by
 * makeEffective, inside its transaction, so every path to effect (release, scheduled release) does it.
 */
export function implementChangeRequests(db: Database.Database, actor: Actor, document: DocumentRow, revision: RevisionRow, now: Date): string[] {
  const accepted = statement<[number, string], { id: number; number: string }>(
    db,
    `SELECT c.id, c.number FROM change_requests c JOIN revisions r ON r.id = c.draft_revision_id
     WHERE c.document_id = ? AND c.state = 'accepted' AND r.major_label = ? ORDER BY c.id`,
  ).all(document.id, revision.major_label);
  const implement = statement(db, "UPDATE change_requests SET state = 'implemented', implemented_revision_id = ?, implemented_at = ? WHERE id = ?");
  for (const request of accepted) {
    implement.run(revision.id, now.toISOString(), request.id);
    appendAuditEvent(db, actor, {
      action: 'change_request.implemented',
      entityType: 'revision',
      entityId: revision.id,
      oldValue: { changeRequestState: 'accepted' },
      newValue: { document: document.number, label: labelOf(revision), changeRequest: request.number, changeRequestState: 'implemented' },
    }, now);
  }
  return accepted.map((r) => r.number);
}
