import type Database from 'better-sqlite3';
import type { InboxTask, MethodResult, ParsedInput } from '../../../shared/contract';
import { QuireError } from '../../../shared/errors';
import { appendAuditEvent, type Actor } from '../audit/append-audit-event';
import { actorOf, writeTransaction, type CallContext } from '../core-context';
import { labelOf, type DocumentRow, type RevisionRow } from '../documents/document-queries';
import { statement } from '../vault/statements';
import { insertSignature, prepareSignature } from '../workflow/record-signature';
import { effectiveRevisionOf } from '../workflow/workflow-revision';
import { requireOwnerOrController } from './document-links';

/**
 * When a new revision of a document becomes effective, gives the owner of every active document that
 * uses it a "linked document changed — check yours" task, with its audit event on that document.
 * Called explicitly by makeEffective, inside its transaction.
 */
export function openLinkedChangeChecks(db: Database.Database, actor: Actor, changed: DocumentRow, revision: RevisionRow, now: Date): void {
  const users = statement<[number], { id: number; number: string; owner_id: number; owner: string }>(
    db,
    `SELECT d.id, d.number, d.owner_id, u.username AS owner FROM document_links l JOIN documents d ON d.id = l.document_id JOIN users u ON u.id = d.owner_id
     WHERE l.linked_document_id = ? AND d.status = 'active' ORDER BY d.number`,
  ).all(changed.id);
  const open = statement(db, "INSERT OR IGNORE INTO linked_change_checks (document_id, changed_revision_id, owner_id, created_at, state) VALUES (?, ?, ?, ?, 'open')");
  for (const user of users) {
    if (open.run(user.id, revision.id, user.owner_id, now.toISOString()).changes === 0) continue;
    appendAuditEvent(db, actor, { action: 'linked_change.opened', entityType: 'document', entityId: user.id, newValue: { document: user.number, changed: changed.number, label: labelOf(revision), owner: user.owner } }, now);
  }
}

/** The requester's open checks on a document close when they raise a change request on it. Inside the transaction. */
export function closeLinkedChangeChecksByRequest(db: Database.Database, actor: Actor, request: { documentId: number; documentNumber: string; requesterId: number; changeRequestId: number; changeRequest: string }, now: Date): void {
  const closed = statement(
    db,
    "UPDATE linked_change_checks SET state = 'change-requested', closed_by = ?, closed_at = ?, change_request_id = ? WHERE document_id = ? AND owner_id = ? AND state = 'open'",
  ).run(request.requesterId, now.toISOString(), request.changeRequestId, request.documentId, request.requesterId);
  if (closed.changes === 0) return;
  appendAuditEvent(db, actor, { action: 'linked_change.closed', entityType: 'document', entityId: request.documentId, newValue: { document: request.documentNumber, outcome: 'change-requested', changeRequest: request.changeRequest, closed: closed.changes } }, now);
}

type OpenCheckRow = { id: number; number: string; title: string; label: string; changed: string; major_label: string; draft_number: number; state: RevisionRow['state']; created_at: string };

function openChecks(db: Database.Database, documentId: number | null, ownerId: number | null): OpenCheckRow[] {
  return statement<{ documentId: number | null; ownerId: number | null }, OpenCheckRow>(
    db,
    `SELECT k.id, d.number, d.title, cd.number AS changed, r.major_label, r.draft_number, r.state, k.created_at, '' AS label
     FROM linked_change_checks k JOIN documents d ON d.id = k.document_id JOIN revisions r ON r.id = k.changed_revision_id JOIN documents cd ON cd.id = r.document_id
     WHERE k.state = 'open' AND (@documentId IS NULL OR k.document_id = @documentId) AND (@ownerId IS NULL OR k.owner_id = @ownerId) ORDER BY k.id`,
  ).all({ documentId, ownerId });
}

/** The "linked document changed — check yours" tasks of one person, for the inbox and the home page. */
export function linkedChangeTasks(db: Database.Database, userId: number): InboxTask[] {
  return openChecks(db, null, userId).map((c) => ({
    kind: 'linked-change' as const,
    document: c.number,
    title: c.title,
    revision: labelOf(c),
    dueDate: null,
    overdue: false,
    actionable: true,
    changed: c.changed,
    reason: `${c.changed} ${labelOf(c)} is now effective: check whether ${c.number} needs a change.`,
  }));
}

/**
 * Closes the open checks on the caller's document (all of them, or those of one changed document) with a
 * signed "no change needed" (meaning no-change-needed, on the document's effective revision).
 */
export async function recordNoChangeNeeded(ctx: CallContext, input: ParsedInput<'linkedChanges.noChangeNeeded'>): Promise<MethodResult<'linkedChanges.noChangeNeeded'>> {
  const db = ctx.vault.db;
  const { document, revision } = effectiveRevisionOf(db, input.number);
  requireOwnerOrController(ctx, document, 'check-linked-change');
  const pick = () => openChecks(db, document.id, null).filter((c) => !input.changed || c.changed.toUpperCase() === input.changed.toUpperCase());
  if (pick().length === 0) throw new QuireError('LINKED_CHANGE_NOT_OPEN', { number: document.number, ...(input.changed ? { changed: input.changed } : {}) });
  const prepared = await prepareSignature(ctx, document, revision, 'no-change-needed', input.password, input.comment ?? 'Linked document changed: no change needed.');
  return writeTransaction(ctx, () => {
    const now = ctx.now();
    const checks = pick();
    if (checks.length === 0) throw new QuireError('LINKED_CHANGE_NOT_OPEN', { number: document.number });
    const signature = insertSignature(db, prepared, null);
    const close = statement(db, "UPDATE linked_change_checks SET state = 'no-change', closed_by = ?, closed_at = ?, signature_id = ? WHERE id = ?");
    for (const c of checks) close.run(ctx.user.id, now.toISOString(), signature.id, c.id);
    const closed = checks.map((c) => `${c.changed} ${labelOf(c)}`);
    appendAuditEvent(db, actorOf(ctx), { action: 'linked_change.no_change', entityType: 'revision', entityId: revision.id, newValue: { document: document.number, label: labelOf(revision), outcome: 'no-change', closed, signatureId: signature.id }, reason: prepared.comment }, now);
    return { document: document.number, closed, signature };
  });
}
