import type Database from 'better-sqlite3';
import { appendAuditEvent, type Actor } from '../audit/append-audit-event';
import { labelOf, revisionRowById, type DocumentRow } from '../documents/document-queries';
import { statement } from '../vault/statements';

/**
 * When `toRevisionId` becomes effective in place of `fromRevisionId`, everyone who had not yet
 * acknowledged the old revision is assigned the new one (same due date, same assigner), so open
 * training follows the document instead of vanishing with the superseded revision. Audited as
 * `training.carried_over` naming the people; nothing when no assignment was open. Call inside the
 * write transaction that makes the revision effective.
 */
export function carryOverTraining(db: Database.Database, actor: Actor, document: DocumentRow, fromRevisionId: number, toRevisionId: number, now: Date): string[] {
  const open = statement<[number], { id: number; user_id: number; username: string; assigned_by: number; due_date: string | null; by_job: number }>(
    db,
    'SELECT a.id, a.user_id, u.username, a.assigned_by, a.due_date, a.by_job FROM training_assignments a JOIN users u ON u.id = a.user_id WHERE a.revision_id = ? AND a.signature_id IS NULL AND u.disabled_at IS NULL ORDER BY a.id',
  ).all(fromRevisionId);
  const insert = statement(db, 'INSERT OR IGNORE INTO training_assignments (revision_id, user_id, assigned_by, assigned_at, due_date, by_job) VALUES (?, ?, ?, ?, ?, ?)');
  // The jobs that required the old assignment require the new one: leaving them closes it too.
  const keepJobs = statement(db, 'INSERT OR IGNORE INTO training_assignment_jobs (assignment_id, job_id) SELECT ?, job_id FROM training_assignment_jobs WHERE assignment_id = ?');
  const carried = open.filter((a) => {
    const result = insert.run(toRevisionId, a.user_id, a.assigned_by, now.toISOString(), a.due_date, a.by_job);
    if (result.changes > 0) keepJobs.run(result.lastInsertRowid, a.id);
    return result.changes > 0;
  });
  const users = carried.map((a) => a.username);
  if (users.length > 0) {
    appendAuditEvent(db, actor, {
      action: 'training.carried_over',
      entityType: 'revision',
      entityId: toRevisionId,
      newValue: { document: document.number, label: labelOf(revisionRowById(db, toRevisionId)), from: labelOf(revisionRowById(db, fromRevisionId)), users },
      reason: 'Open read-and-understood training follows the document to its new effective revision.',
    }, now);
  }
  return users;
}
