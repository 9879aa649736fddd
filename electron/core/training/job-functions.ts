import type { MethodResult, ParsedInput } from '../../../shared/contract';
import { QuireError } from '../../../shared/errors';
import { appendAuditEvent } from '../audit/append-audit-event';
import { actorOf, writeTransaction, type CallContext } from '../core-context';
import { requireDocumentRow } from '../documents/document-queries';
import { requireUserRow } from '../users/user-records';
import { statement } from '../vault/statements';
import { assignJobTraining, closeJobTraining, type JobRequirement } from './job-training';
import { jobDetail, requireJobRow, type JobRow } from './job-records';

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

/** What differs between changing a job's people and its documents: the table, the names, the scope. */
interface JobChange<T extends { id: number }> {
  table: 'job_members' | 'job_documents';
  column: 'user_id' | 'document_id';
  /** The word in the audit event (job.people_added, job.documents_removed) and the key of its list. */
  what: 'people' | 'documents';
  listKey: 'users' | 'documents';
  nameOf: (item: T) => string;
  /** Narrows the training to assign or close to these items. */
  scope: (ids: number[]) => { userIds?: number[]; documentIds?: number[] };
  /** Whether an added item is assigned training (a disabled person is not). */
  assignable: (item: T) => boolean;
  closeReason: string;
}

/** Adds or removes people or documents of a job, assigning or closing the training that follows. One transaction, audited. */
function changeJob<T extends { id: number }>(ctx: CallContext, job: JobRow, change: 'add' | 'remove', items: T[], how: JobChange<T>): MethodResult<'jobs.people'> {
  const db = ctx.vault.db;
  return writeTransaction(ctx, () => {
    const now = ctx.now();
    const write =
      change === 'add'
        ? statement(db, `INSERT OR IGNORE INTO ${how.table} (job_id, ${how.column}, added_by, added_at) VALUES (?, ?, ?, ?)`)
        : statement(db, `DELETE FROM ${how.table} WHERE job_id = ? AND ${how.column} = ?`);
    const changed = items.filter((item) => (change === 'add' ? write.run(job.id, item.id, ctx.user.id, now.toISOString()) : write.run(job.id, item.id)).changes > 0);
    const action = `job.${how.what}_${change === 'add' ? 'added' : 'removed'}`;
    if (changed.length) appendAuditEvent(db, actorOf(ctx), { action, entityType: 'job', entityId: job.id, newValue: { code: job.code, [how.listKey]: changed.map(how.nameOf) } }, now);
    const assigned = change === 'add' ? assignJobTraining(db, actorOf(ctx), requirementsOf(db, job.id, ctx.user.id, how.scope(changed.filter(how.assignable).map((i) => i.id))), now) : 0;
    const closed = change === 'remove' ? closeJobTraining(db, actorOf(ctx), job, how.scope(changed.map((i) => i.id)), how.closeReason, now) : 0;
    return { ...jobDetail(db, job), changed: changed.map(how.nameOf), assigned, closed };
  });
}

/**
 * Adds people to a job — each is assigned the revisions in force of the job's documents — or removes
 * them, closing the open training that only this job required of them.
 */
export function changeJobPeople(ctx: CallContext, input: ParsedInput<'jobs.people'>): MethodResult<'jobs.people'> {
  const db = ctx.vault.db;
  const job = requireJobRow(db, input.job);
  const users = [...new Map(input.users.map((name) => requireUserRow(db, name)).map((u) => [u.id, u])).values()];
  return changeJob(ctx, job, input.change, users, {
    table: 'job_members',
    column: 'user_id',
    what: 'people',
    listKey: 'users',
    nameOf: (u) => u.username,
    scope: (userIds) => ({ userIds }),
    assignable: (u) => !u.disabled_at,
    closeReason: `No longer in the job ${job.code}.`,
  });
}

/**
 * Adds documents a job requires — its people are assigned their revisions in force — or removes them,
 * closing the open training on them that only this job required.
 */
export function changeJobDocuments(ctx: CallContext, input: ParsedInput<'jobs.documents'>): MethodResult<'jobs.documents'> {
  const db = ctx.vault.db;
  const job = requireJobRow(db, input.job);
  const documents = [...new Map(input.numbers.map((n) => requireDocumentRow(db, n)).map((d) => [d.id, d])).values()];
  return changeJob(ctx, job, input.change, documents, {
    table: 'job_documents',
    column: 'document_id',
    what: 'documents',
    listKey: 'documents',
    nameOf: (d) => d.number,
    scope: (documentIds) => ({ documentIds }),
    assignable: () => true,
    closeReason: `No longer required by the job ${job.code}.`,
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
