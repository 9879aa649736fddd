import type { MethodResult, ParsedInput } from '../../../shared/contract';
import { QuireError } from '../../../shared/errors';
import { revisionTransitions, transitionFrom } from '../../../shared/lifecycle';
import { changeRevisionState } from '../documents/change-revision-state';
import { appendAuditEvent } from '../audit/append-audit-event';
import { actorOf, writeTransaction, type CallContext } from '../core-context';
import { labelOf, requireDocumentRow, revisionRows } from '../documents/document-queries';
import { statement } from '../vault/statements';
import { markCopiesDueForRecall } from '../prints/mark-copies-due-for-recall';
import { pendingWithdrawals } from './pending-withdrawals';
import { insertSignature, prepareSignature } from './record-signature';

/** A controller asks for a document to be withdrawn, with the reason; an approver decides. */
export function requestWithdrawal(ctx: CallContext, input: ParsedInput<'documents.requestWithdrawal'>): MethodResult<'documents.requestWithdrawal'> {
  const db = ctx.vault.db;
  const document = requireDocumentRow(db, input.number);
  if (document.status === 'obsolete') throw new QuireError('DOCUMENT_OBSOLETE', { number: document.number, act: 'withdraw' });
  return writeTransaction(ctx, () => {
    const pending = pendingWithdrawals(db, document.id)[0];
    if (pending) throw new QuireError('WITHDRAWAL_ALREADY_PENDING', { number: document.number, requestedBy: pending.by.username });
    const { lastInsertRowid } = statement(db, "INSERT INTO withdrawal_requests (document_id, reason, requested_by, requested_at, state) VALUES (?, ?, ?, ?, 'pending')").run(document.id, input.reason, ctx.user.id, ctx.now().toISOString());
    appendAuditEvent(db, actorOf(ctx), { action: 'document.withdrawal_requested', entityType: 'document', entityId: document.id, newValue: { document: document.number, requestId: Number(lastInsertRowid) }, reason: input.reason }, ctx.now());
    return { document: document.number, state: 'pending' as const };
  });
}

/**
 * An approver signs the pending withdrawal (meaning: withdrawn): the document becomes obsolete,
 * its effective revision obsolete, and any draft or revision in review is cancelled. One transaction.
 */
export async function approveWithdrawal(ctx: CallContext, input: ParsedInput<'documents.approveWithdrawal'>): Promise<MethodResult<'documents.approveWithdrawal'>> {
  const db = ctx.vault.db;
  const document = requireDocumentRow(db, input.number);
  const request = statement<[number], { id: number; reason: string; requested_by: number }>(db, "SELECT id, reason, requested_by FROM withdrawal_requests WHERE document_id = ? AND state = 'pending'").get(document.id);
  if (!request) throw new QuireError('WITHDRAWAL_NOT_PENDING', { number: document.number });
  if (request.requested_by === ctx.user.id) throw new QuireError('SELF_APPROVAL', { withdrawal: true });
  const revisions = revisionRows(db, document.id);
  const signed = revisions.findLast((r) => r.state === 'effective') ?? revisions.at(-1)!;
  const prepared = await prepareSignature(ctx, document, signed, 'withdrawn', input.password, input.comment ?? request.reason);
  return writeTransaction(ctx, () => {
    const now = ctx.now();
    const signature = insertSignature(db, prepared, null);
    statement(db, "UPDATE withdrawal_requests SET state = 'approved', decided_signature_id = ? WHERE id = ?").run(signature.id, request.id);
    statement(db, "UPDATE documents SET status = 'obsolete' WHERE id = ?").run(document.id);
    for (const r of revisions) {
      const transition = transitionFrom(r.state, ['makeObsolete', 'cancelOnWithdrawal']);
      if (!transition) continue;
      changeRevisionState(db, r.id, transition);
      const next = revisionTransitions[transition].to;
      statement(db, "UPDATE route_tasks SET state = 'closed' WHERE state = 'pending' AND route_id IN (SELECT id FROM routes WHERE revision_id = ? AND state = 'open')").run(r.id);
      statement(db, "UPDATE routes SET state = 'cancelled', closed_at = ? WHERE revision_id = ? AND state = 'open'").run(now.toISOString(), r.id);
      appendAuditEvent(db, actorOf(ctx), { action: `revision.${next}`, entityType: 'revision', entityId: r.id, oldValue: { state: r.state }, newValue: { document: document.number, label: labelOf(r), state: next } }, now);
      // An obsolete revision's paper must come back exactly like a superseded one's.
      if (transition === 'makeObsolete') markCopiesDueForRecall(db, actorOf(ctx), { revisionId: r.id, documentId: document.id }, now);
    }
    appendAuditEvent(db, actorOf(ctx), { action: 'document.withdrawn', entityType: 'document', entityId: document.id, oldValue: { status: 'active' }, newValue: { document: document.number, status: 'obsolete', signatureId: signature.id, viewed: prepared.viewed }, reason: request.reason }, now);
    return { document: document.number, status: 'obsolete' as const, signature };
  });
}
