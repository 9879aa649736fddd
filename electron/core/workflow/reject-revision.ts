import type Database from 'better-sqlite3';
import type { ParsedInput, Route } from '../../../shared/contract';
import { appendAuditEvent, type Actor } from '../audit/append-audit-event';
import { actorOf, writeTransaction, type CallContext } from '../core-context';
import { labelOf, type RevisionRow } from '../documents/document-queries';
import { statement } from '../vault/statements';
import { insertDraftCopy } from '../documents/insert-draft-copy';
import { changeRevisionState } from '../documents/change-revision-state';
import { routeById, routeDetail } from './route-queries';
import { findOwnTask, requireStageRole } from './sign-route-task';

/**
 * Opens the next working draft from a revision that left review: same content (and the author's PDF
 * rendition, if any), same author, draft number + 1, so the rejected one stays in history exactly as it was.
 */
export function reopenAsDraft(db: Database.Database, actor: Actor, revision: RevisionRow, documentNumber: string, now: Date): number {
  const draftNumber = 1 + (statement<[number, string], { n: number }>(db, 'SELECT max(draft_number) AS n FROM revisions WHERE document_id = ? AND major_label = ?').get(revision.document_id, revision.major_label)!.n);
  return insertDraftCopy(db, actor, revision, { majorLabel: revision.major_label, draftNumber, authorId: revision.author_id, changeSummary: revision.change_summary }, documentNumber, now);
}

/**
 * A pending reviewer or approver of the route, still holding that role, rejects with a comment: their task is marked rejected, the other open
 * tasks closed, the route closed, the revision marked rejected, and a new working draft opened
 * with the same content. One transaction; nothing is lost.
 */
export function rejectRevision(ctx: CallContext, input: ParsedInput<'revisions.reject'>): Route {
  const db = ctx.vault.db;
  const { document, revision, route, task } = findOwnTask(ctx, input.number, 'current');
  requireStageRole(ctx, task.stage, 'reject');
  return writeTransaction(ctx, () => {
    const now = ctx.now();
    statement(db, "UPDATE route_tasks SET state = 'rejected', completed_at = ? WHERE id = ?").run(now.toISOString(), task.id);
    statement(db, "UPDATE route_tasks SET state = 'closed' WHERE route_id = ? AND state = 'pending'").run(route.id);
    statement(db, "UPDATE routes SET state = 'rejected', closed_at = ? WHERE id = ?").run(now.toISOString(), route.id);
    changeRevisionState(db, revision.id, 'reject');
    appendAuditEvent(db, actorOf(ctx), {
      action: 'revision.rejected',
      entityType: 'revision',
      entityId: revision.id,
      oldValue: { state: revision.state },
      newValue: { document: document.number, label: labelOf(revision), state: 'rejected', stage: task.stage },
      reason: input.comment,
    }, now);
    reopenAsDraft(db, actorOf(ctx), revision, document.number, now);
    return routeDetail(db, routeById(db, route.id));
  });
}
