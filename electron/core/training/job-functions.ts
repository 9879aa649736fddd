import type { MethodResult, ParsedInput } from '../../../shared/contract';
import { QuireError } from '../../../shared/errors';
import { appendAuditEvent } from '../audit/append-audit-event';
import { actorOf, writeTransaction, type CallContext } from '../core-context';
import { requireDocumentRow } from '../documents/document-queries';
import { requireUserRow } from '../users/user-records';
import { statement } from '../vault/statements';
import { assignJobTraining, closeJobTraining, type JobRequirement } from './job-training';
import { jobDetail, requireJobRow } from './job-records';

/** Creates a job function with no people and no documents yet; audited. */
export function addJob(ctx: CallContext, input: ParsedInput<'jobs.add'>): MethodResult<'jobs.add'> {
  const db = ctx.vault.db;
  return writeTransaction(ctx, () => {
    if (statement<[string], { id: number }>(db, 'SELECT id FROM jobs WHERE code = ?').get(input.job)) throw new QuireError('JOB_EXISTS', { code: input.job });
    const id = Number(statement(db, 'INSERT INTO jobs (code, name, created_by, created_at) VALUES (?, ?, ?, ?)').run(input.job, input.name, ctx.user.id, ctx.now().toISOString()).lastInsertRowid);
    appendAuditEvent(db, actorOf(ctx), { action: 'job.created', entityType: 'job', entityId: id, newValue: { code: input.job, name: input.name } }, ctx.now());
    return jobDetail(db, { id, code: input.job, name: input.name });
  });
}

/**
 * Adds people to a job — each is assigned the revisions in force of the job's documents — or removes
 * them, closing the open training that only this job required of them. One transaction, audited.
 */
export function changeJobPeople(ctx: CallContext, input: ParsedInput<'jobs.people'>): MethodResult<'jobs.people'> {
  const db = ctx.vault.db;
  const job = requireJobRow(db, input.job);
  const users = [...new Map(input.users.map((name) => requireUserRow(db, name)).map((u) => [u.id, u])).values()];
  return writeTransaction(ctx, () => {
    const now = ctx.now();
    let assigned = 0;
    let closed = 0;
    let changed: typeof users;
    if (input.change === 'add') {
      const add = statement(db, 'INSERT OR IGNORE INTO job_members (job_id, user_id, added_by, added_at) VALUES (?, ?, ?, ?)');
      changed = users.filter((u) => add.run(job.id, u.id, ctx.user.id, now.toISOString()).changes > 0);
      if (changed.length) appendAuditEvent(db, actorOf(ctx), { action: 'job.people_added', entityType: 'job', entityId: job.id, newValue: { code: job.code, users: changed.map((u) => u.username) } }, now);
      assigned = assignJobTraining(db, actorOf(ctx), requirementsOf(db, job.id, ctx.user.id, { userIds: changed.filter((u) => !u.disabled_at).map((u) => u.id) }), now);
    } else {
      const remove = statement(db, 'DELETE FROM job_members WHERE job_id = ? AND user_id = ?');
      changed = users.filter((u) => remove.run(job.id, u.id).changes > 0);
      if (changed.length) appendAuditEvent(db, actorOf(ctx), { action: 'job.people_removed', entityType: 'job', entityId: job.id, newValue: { code: job.code, users: changed.map((u) => u.username) } }, now);
      closed = closeJobTraining(db, actorOf(ctx), job, { userIds: changed.map((u) => u.id) }, `No longer in the job ${job.code}.`, now);
    }
    return { ...jobDetail(db, job), changed: changed.map((u) => u.username), assigned, closed };
  });
}

/**
 * Adds documents a job requires — its people are assigned their revisions in force — or removes them,
 * closing the open training on them that only this job required. One transaction, audited.
 */
export function changeJobDocuments(ctx: CallContext, input: ParsedInput<'jobs.documents'>): MethodResult<'jobs.documents'> {
  const db = ctx.vault.db;
  const job = requireJobRow(db, input.job);
  const documents = [...new Map(input.numbers.map((n) => requireDocumentRow(db, n)).map((d) => [d.id, d])).values()];
  return writeTransaction(ctx, () => {
    const now = ctx.now();
    let assigned = 0;
    let closed = 0;
    let changed: typeof documents;
    if (input.change === 'add') {
      const add = statement(db, 'INSERT OR IGNORE INTO job_documents (job_id, document_id, added_by, added_at) VALUES (?, ?, ?, ?)');
      changed = documents.filter((d) => add.run(job.id, d.id, ctx.user.id, now.toISOString()).changes > 0);
      if (changed.length) appendAuditEvent(db, actorOf(ctx), { action: 'job.documents_added', entityType: 'job', entityId: job.id, newValue: { code: job.code, documents: changed.map((d) => d.number) } }, now);
      assigned = assignJobTraining(db, actorOf(ctx), requirementsOf(db, job.id, ctx.user.id, { documentIds: changed.map((d) => d.id) }), now);
    } else {
      const remove = statement(db, 'DELETE FROM job_documents WHERE job_id = ? AND document_id = ?');
      changed = documents.filter((d) => remove.run(job.id, d.id).changes > 0);
      if (changed.length) appendAuditEvent(db, actorOf(ctx), { action: 'job.documents_removed', entityType: 'job', entityId: job.id, newValue: { code: job.code, documents: changed.map((d) => d.number) } }, now);
      closed = closeJobTraining(db, actorOf(ctx), job, { documentIds: changed.map((d) => d.id) }, `No longer required by the job ${job.code}.`, now);
    }
    return { ...jobDetail(db, job), changed: changed.map((d) => d.number), assigned, closed };
  });
}

/** The revisions in force of the job's documents, for its enabled people, narrowed to some people or some documents. */
function requirementsOf(db: CallContext['vault']['db'], jobId: number, assignedBy: number, scope: { userIds?: number[]; documentIds?: number[] }): JobRequirement[] {
  return statement<[number, number], JobRequirement & { documentId: number }>(
    db,
    `SELECT r.id AS revisionId, m.user_id AS userId, ? AS jobId, 0 AS assignedBy, r.document_id AS documentId
       FROM job_documents j JOIN job_members m ON m.job_id = j.job_id JOIN users u ON u.id = m.user_id
       JOIN revisions r ON r.document_id = j.document_id AND r.state = 'effective'
      WHERE j.job_id = ? AND u.disabled_at IS NULL ORDER BY r.id, m.user_id`,
  )
    .all(jobId, jobId)
    .filter((r) => (scope.userIds?.includes(r.userId) ?? true) && (scope.documentIds?.includes(r.documentId) ?? true))
    .map(({ revisionId, userId }) => ({ revisionId, userId, jobId, assignedBy }));
}
