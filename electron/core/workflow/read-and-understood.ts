import type { MethodResult, ParsedInput } from '../../../shared/contract';
import { QuireError } from '../../../shared/errors';
import { appendAuditEvent } from '../audit/append-audit-event';
import { actorOf, writeTransaction, type CallContext } from '../core-context';
import { labelOf } from '../documents/document-queries';
import { requireUserRow } from '../users/user-records';
import { statement } from '../vault/statements';
import { localDate } from './calendar-dates';
import { insertSignature, prepareSignature } from './record-signature';
import { effectiveRevisionOf } from './workflow-revision';
import { assertQuizPassed } from '../training/training-quiz';

/** Assigns the effective revision for read-and-understood to named users and every active holder of the named roles. */
export function assignTraining(ctx: CallContext, input: ParsedInput<'training.assign'>): MethodResult<'training.assign'> {
  const db = ctx.vault.db;
  const { document, revision } = effectiveRevisionOf(db, input.number);
  const ids = new Map<number, string>();
  for (const username of input.users ?? []) {
    const row = requireUserRow(db, username);
    if (!row.disabled_at) ids.set(row.id, row.username);
  }
  for (const role of input.roles ?? []) {
    for (const u of db.prepare('SELECT u.id, u.username FROM users u JOIN user_roles r ON r.user_id = u.id WHERE r.role = ? AND u.disabled_at IS NULL').all(role) as { id: number; username: string }[]) ids.set(u.id, u.username);
  }
  return writeTransaction(ctx, () => {
    const insert = statement(db, 'INSERT OR IGNORE INTO training_assignments (revision_id, user_id, assigned_by, assigned_at, due_date) VALUES (?, ?, ?, ?, ?)');
    const assigned = [...ids].filter(([id]) => insert.run(revision.id, id, ctx.user.id, ctx.now().toISOString(), input.dueDate ?? null).changes > 0).map(([, name]) => name);
    // Assigned directly now: no change of job closes it any more.
    const direct = statement(db, 'UPDATE training_assignments SET by_job = 0 WHERE revision_id = ? AND user_id = ? AND by_job = 1');
    for (const id of ids.keys()) direct.run(revision.id, id);
    appendAuditEvent(db, actorOf(ctx), { action: 'training.assigned', entityType: 'revision', entityId: revision.id, newValue: { document: document.number, label: labelOf(revision), users: assigned, dueDate: input.dueDate ?? null } }, ctx.now());
    return { revision: labelOf(revision), assigned };
  });
}

/** The caller signs that they read and understood the effective revision assigned to them. */
export async function acknowledgeTraining(ctx: CallContext, input: ParsedInput<'training.acknowledge'>): Promise<MethodResult<'training.acknowledge'>> {
  const db = ctx.vault.db;
  const { document, revision } = effectiveRevisionOf(db, input.number);
  // Checked before the (asynchronous) password check and again inside the transaction: acknowledgements
  // sent at once must sign once, and a quiz set meanwhile must still be passed.
  const openAssignment = () => {
    const assignment = statement<[number, number], { id: number; signature_id: number | null }>(db, 'SELECT id, signature_id FROM training_assignments WHERE revision_id = ? AND user_id = ?').get(revision.id, ctx.user.id);
    if (!assignment) throw new QuireError('TRAINING_NOT_ASSIGNED', { username: ctx.user.username, number: document.number, label: labelOf(revision) });
    if (assignment.signature_id !== null) throw new QuireError('ALREADY_ACKNOWLEDGED', { username: ctx.user.username, number: document.number, label: labelOf(revision) });
    assertQuizPassed(db, document, revision, ctx.user);
    return assignment;
  };
  openAssignment();
  const prepared = await prepareSignature(ctx, document, revision, 'read-and-understood', input.password, null);
  return writeTransaction(ctx, () => {
    const assignment = openAssignment();
    const signature = insertSignature(db, prepared, null);
    statement(db, 'UPDATE training_assignments SET signature_id = ? WHERE id = ? AND signature_id IS NULL').run(signature.id, assignment.id);
    appendAuditEvent(db, actorOf(ctx), { action: 'training.acknowledged', entityType: 'revision', entityId: revision.id, newValue: { document: document.number, label: labelOf(revision), signatureId: signature.id, viewed: prepared.viewed } }, ctx.now());
    return signature;
  });
}

/** Everyone who has not yet acknowledged an effective revision assigned to them. */
export function outstandingTraining(ctx: CallContext, number?: string): MethodResult<'training.outstanding'> {
  const today = localDate(ctx.now());
  const rows = ctx.vault.db
    .prepare(
      `SELECT d.number, r.major_label, r.draft_number, r.state, u.username, u.full_name, a.assigned_at, a.due_date
       FROM training_assignments a JOIN revisions r ON r.id = a.revision_id JOIN documents d ON d.id = r.document_id JOIN users u ON u.id = a.user_id
       WHERE a.signature_id IS NULL AND r.state = 'effective' AND (@number IS NULL OR d.number = @number) ORDER BY d.number, u.username`,
    )
    .all({ number: number ?? null }) as { number: string; major_label: string; draft_number: number; state: 'effective'; username: string; full_name: string; assigned_at: string; due_date: string | null }[];
  return rows.map((r) => ({ document: r.number, revision: labelOf(r), user: r.username, fullName: r.full_name, assignedAt: r.assigned_at, dueDate: r.due_date, overdue: r.due_date !== null && r.due_date < today }));
}
