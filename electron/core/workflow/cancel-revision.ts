import type { MethodResult, ParsedInput } from '../../../shared/contract';
import { QuireError } from '../../../shared/errors';
import { rolesAllow } from '../../../shared/roles';
import { appendAuditEvent } from '../audit/append-audit-event';
import { actorOf, writeTransaction, type CallContext } from '../core-context';
import { labelOf } from '../documents/document-queries';
import { statement } from '../vault/statements';
import { changeRevisionState } from '../documents/change-revision-state';
import { latestRevisionFor } from './workflow-revision';

/** Cancels a draft or a revision in review (its route closed); it stays in the history as cancelled. */
export function cancelRevision(ctx: CallContext, input: ParsedInput<'revisions.cancel'>): MethodResult<'revisions.cancel'> {
  const db = ctx.vault.db;
  const { document, revision } = latestRevisionFor(db, input.number, ['cancel'], 'REVISION_NOT_DRAFT', 'cancelled');
  if (revision.author_id !== ctx.user.id && !rolesAllow(ctx.user.roles, 'documents.edit')) {
    throw new QuireError('PERMISSION_DENIED', { reason: 'owner-or-controller', act: 'cancel', number: document.number, label: labelOf(revision), owner: revision.author_username });
  }
  return writeTransaction(ctx, () => {
    const now = ctx.now().toISOString();
    const route = statement<[number], { id: number }>(db, "SELECT id FROM routes WHERE revision_id = ? AND state = 'open'").get(revision.id);
    if (route) {
      statement(db, "UPDATE route_tasks SET state = 'closed' WHERE route_id = ? AND state = 'pending'").run(route.id);
      statement(db, "UPDATE routes SET state = 'cancelled', closed_at = ? WHERE id = ?").run(now, route.id);
    }
    changeRevisionState(db, revision.id, 'cancel');
    appendAuditEvent(db, actorOf(ctx), { action: 'revision.cancelled', entityType: 'revision', entityId: revision.id, oldValue: { state: revision.state }, newValue: { document: document.number, label: labelOf(revision), state: 'cancelled' }, reason: input.reason }, ctx.now());
    return { revision: labelOf(revision), state: 'cancelled' as const };
  });
}
