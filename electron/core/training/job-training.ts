import type Database from 'better-sqlite3';
import { appendAuditEvent, type Actor } from '../audit/append-audit-event';
import { labelOf, revisionRowById } from '../documents/document-queries';
import { readVaultSettings } from '../vault/vault-settings';
import { statement } from '../vault/statements';
import { addDays, localDate } from '../workflow/calendar-dates';

/** One person a job requires to read and understand one revision, and who made the job require it. */
export interface JobRequirement {
  revisionId: number;
  userId: number;
  jobId: number;
  assignedBy: number;
}

/**
 * Assigns each requirement's revision to its person because of its job, due in the vault's training
 * days from today, and remembers the job as a reason for the assignment (an assignment made already —
 * directly, by another job, or acknowledged — gains the job as one more reason, nothing else).
 * Audited as `training.job_assigned`, one event per revision naming the people newly assigned.
 * Returns how many assignments were new. Call inside the write transaction.
 */
export function assignJobTraining(db: Database.Database, actor: Actor, requirements: JobRequirement[], now: Date): number {
  const dueDate = addDays(localDate(now), readVaultSettings(db).trainingDueDays);
  const insert = statement(db, 'INSERT OR IGNORE INTO training_assignments (revision_id, user_id, assigned_by, assigned_at, due_date, by_job) VALUES (?, ?, ?, ?, ?, 1)');
  const idOf = statement<[number, number], { id: number }>(db, 'SELECT id FROM training_assignments WHERE revision_id = ? AND user_id = ?');
  const remember = statement(db, 'INSERT OR IGNORE INTO training_assignment_jobs (assignment_id, job_id) VALUES (?, ?)');
  const assigned = new Map<number, { users: Set<number>; jobs: Set<number> }>();
  for (const r of requirements) {
    const isNew = insert.run(r.revisionId, r.userId, r.assignedBy, now.toISOString(), dueDate).changes > 0;
    remember.run(idOf.get(r.revisionId, r.userId)!.id, r.jobId);
    if (!isNew) continue;
    const entry = assigned.get(r.revisionId) ?? { users: new Set(), jobs: new Set() };
    entry.users.add(r.userId);
    entry.jobs.add(r.jobId);
    assigned.set(r.revisionId, entry);
  }
  for (const [revisionId, { users, jobs }] of assigned) {
    appendAuditEvent(db, actor, { action: 'training.job_assigned', entityType: 'revision', entityId: revisionId, newValue: { ...revisionNamed(db, revisionId), users: usernames(db, users), jobs: jobCodes(db, jobs), dueDate } }, now);
  }
  return [...assigned.values()].reduce((n, a) => n + a.users.size, 0);
}

/**
 * When a revision becomes effective, everyone in the jobs that require its document is assigned it.
 * Called explicitly by makeEffective (the release and the scheduled release), inside its transaction.
 */
export function assignJobTrainingOnEffective(db: Database.Database, actor: Actor, documentId: number, revisionId: number, now: Date): number {
  const requirements = statement<[number, number], JobRequirement>(
    db,
    `SELECT ? AS revisionId, m.user_id AS userId, j.job_id AS jobId, j.added_by AS assignedBy
       FROM job_documents j JOIN job_members m ON m.job_id = j.job_id JOIN users u ON u.id = m.user_id
      WHERE j.document_id = ? AND u.disabled_at IS NULL ORDER BY m.user_id, j.job_id`,
  ).all(revisionId, documentId);
  return assignJobTraining(db, actor, requirements, now);
}

/**
 * Closes the open training (on revisions in force) one job required of the given people (or of everyone, for the given
 * documents), keeping each assignment that another job or a direct assignment still requires: the job
 * is only struck off as its reason. Audited as `training.closed` with the reason, one event per revision.
 * Returns how many assignments were closed. Call inside the write transaction.
 */
export function closeJobTraining(db: Database.Database, actor: Actor, job: { id: number; code: string }, scope: { userIds?: number[]; documentIds?: number[] }, reason: string, now: Date): number {
  const open = statement<[number], { id: number; revision_id: number; user_id: number; document_id: number; by_job: number }>(
    db,
    `SELECT a.id, a.revision_id, a.user_id, r.document_id, a.by_job FROM training_assignment_jobs s
       JOIN training_assignments a ON a.id = s.assignment_id JOIN revisions r ON r.id = a.revision_id AND r.state = 'effective'
      WHERE s.job_id = ? AND a.signature_id IS NULL ORDER BY a.id`,
  )
    .all(job.id)
    .filter((a) => (scope.userIds?.includes(a.user_id) ?? true) && (scope.documentIds?.includes(a.document_id) ?? true));
  const forget = statement(db, 'DELETE FROM training_assignment_jobs WHERE assignment_id = ? AND job_id = ?');
  const otherReasons = statement<[number], { n: number }>(db, 'SELECT count(*) AS n FROM training_assignment_jobs WHERE assignment_id = ?');
  const remove = statement(db, 'DELETE FROM training_assignments WHERE id = ? AND signature_id IS NULL');
  const closed = new Map<number, Set<number>>();
  for (const a of open) {
    forget.run(a.id, job.id);
    if (a.by_job === 0 || otherReasons.get(a.id)!.n > 0) continue;
    remove.run(a.id);
    closed.set(a.revision_id, (closed.get(a.revision_id) ?? new Set()).add(a.user_id));
  }
  for (const [revisionId, users] of closed) {
    appendAuditEvent(db, actor, { action: 'training.closed', entityType: 'revision', entityId: revisionId, newValue: { ...revisionNamed(db, revisionId), users: usernames(db, users), job: job.code }, reason }, now);
  }
  return [...closed.values()].reduce((n, users) => n + users.size, 0);
}

function revisionNamed(db: Database.Database, revisionId: number): { document: string; label: string } {
  const revision = revisionRowById(db, revisionId);
  const { number } = statement<[number], { number: string }>(db, 'SELECT number FROM documents WHERE id = ?').get(revision.document_id)!;
  return { document: number, label: labelOf(revision) };
}

function usernames(db: Database.Database, ids: Set<number>): string[] {
  const name = statement<[number], { username: string }>(db, 'SELECT username FROM users WHERE id = ?');
  return [...ids].map((id) => name.get(id)!.username).sort();
}

function jobCodes(db: Database.Database, ids: Set<number>): string[] {
  const code = statement<[number], { code: string }>(db, 'SELECT code FROM jobs WHERE id = ?');
  return [...ids].map((id) => code.get(id)!.code).sort();
}
