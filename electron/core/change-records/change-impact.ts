import type Database from 'better-sqlite3';
import type { ChangeImpact, ChangeImpactInput } from '../../../shared/contract';
import { QuireError } from '../../../shared/errors';
import { revisionStateFacts } from '../../../shared/lifecycle';
import { appendAuditEvent, type Actor } from '../audit/append-audit-event';
import { labelOf, revisionRows, type DocumentRow, type RevisionRow } from '../documents/document-queries';
import { statement } from '../vault/statements';

type ImpactRow = { training_needed: number; linked_documents_affected: number; validation_needed: number; note: string | null };

/**
 * The impact assessment of a revision: stated on it, or on an earlier draft of the same major revision
 * (a draft reopened after a rejection, or replaced by a new file, keeps what its author stated). Null if none.
 */
export function changeImpactOf(db: Database.Database, revision: Pick<RevisionRow, 'id' | 'document_id' | 'major_label'>): ChangeImpact | null {
  const row = statement<[number, string, number], ImpactRow>(
    db,
    `SELECT i.training_needed, i.linked_documents_affected, i.validation_needed, i.note FROM change_impacts i JOIN revisions r ON r.id = i.revision_id
     WHERE r.document_id = ? AND r.major_label = ? AND r.id <= ? ORDER BY r.id DESC LIMIT 1`,
  ).get(revision.document_id, revision.major_label, revision.id);
  return row ? { trainingNeeded: row.training_needed === 1, linkedDocumentsAffected: row.linked_documents_affected === 1, validationNeeded: row.validation_needed === 1, note: row.note } : null;
}

/**
 * Records (or restates) a draft's change record: its change summary when given, and its impact
 * assessment, with one audit event. Call inside the write transaction of the act that states it.
 */
export function stateChangeRecord(db: Database.Database, actor: Actor, document: DocumentRow, revision: RevisionRow, record: { changeSummary?: string | undefined; impact?: ChangeImpactInput | undefined }, now: Date): void {
  if (record.changeSummary === undefined && record.impact === undefined) return;
  if (record.changeSummary !== undefined) statement(db, 'UPDATE revisions SET change_summary = ? WHERE id = ?').run(record.changeSummary, revision.id);
  const impact = record.impact;
  if (impact) {
    statement(
      db,
      `INSERT INTO change_impacts (revision_id, training_needed, linked_documents_affected, validation_needed, note, stated_by, stated_at) VALUES (?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (revision_id) DO UPDATE SET training_needed = excluded.training_needed, linked_documents_affected = excluded.linked_documents_affected,
         validation_needed = excluded.validation_needed, note = excluded.note, stated_by = excluded.stated_by, stated_at = excluded.stated_at`,
    ).run(revision.id, impact.trainingNeeded ? 1 : 0, impact.linkedDocumentsAffected ? 1 : 0, impact.validationNeeded ? 1 : 0, impact.note ?? null, actor.userId ?? 0, now.toISOString());
  }
  appendAuditEvent(db, actor, {
    action: 'revision.change_record_stated',
    entityType: 'revision',
    entityId: revision.id,
    newValue: { document: document.number, label: labelOf(revision), ...(record.changeSummary !== undefined ? { changeSummary: record.changeSummary } : {}), ...(impact ? { impact: { ...impact, note: impact.note ?? null } } : {}) },
  }, now);
}

/** True when the document had a released revision before this one: its change needs a change record. */
export function followsReleasedRevision(db: Database.Database, revision: RevisionRow): boolean {
  return revisionRows(db, revision.document_id).some((r) => r.id < revision.id && r.major_label !== revision.major_label && revisionStateFacts[r.state].wasEffective);
}

/**
 * From the second revision on, refuses a submission without its change record: the change summary
 * (CHANGE_SUMMARY_REQUIRED) and the impact assessment (CHANGE_IMPACT_REQUIRED), stated now or before.
 */
export function requireChangeRecord(db: Database.Database, document: DocumentRow, revision: RevisionRow, stated: { changeSummary?: string | undefined; impact?: ChangeImpactInput | undefined }): void {
  if (!followsReleasedRevision(db, revision)) return;
  if (!(stated.changeSummary ?? revision.change_summary)?.trim()) throw new QuireError('CHANGE_SUMMARY_REQUIRED', { number: document.number });
  if (!stated.impact && !changeImpactOf(db, revision)) throw new QuireError('CHANGE_IMPACT_REQUIRED', { number: document.number, label: labelOf(revision) });
}
