import type { MethodResult } from '../../../shared/contract';
import { changeRequestTasks } from '../dcr/change-request-tasks';
import { linkedChangeTasks } from '../links/linked-change-checks';
import { rolesAllow } from '../../../shared/roles';
import type { CallContext } from '../core-context';
import { labelOf, revisionRowById } from '../documents/document-queries';
import { localDate } from './calendar-dates';
import { awaitingRelease } from './awaiting-release';
import { pendingWithdrawals } from './pending-withdrawals';
import { rejectedDrafts } from './rejected-drafts';
import { isTaskActionable, routeById, routeTasks } from './route-queries';

/**
 * Everything waiting for the caller: route tasks (marked actionable or waiting their turn),
 * acknowledgements, their drafts sent back by a rejection (with the reason), withdrawals to decide
 * (with what, why and who asked), and for controllers revisions to release or waiting for their date.
 */
export function inboxOf(ctx: CallContext): MethodResult<'tasks.mine'> {
  const db = ctx.vault.db;
  const today = localDate(ctx.now());
  const overdue = (due: string | null) => due !== null && due < today;
  const inbox: MethodResult<'tasks.mine'> = [];
  const routeTaskRows = db
    .prepare(
      `SELECT t.id, t.route_id, d.number, d.title FROM route_tasks t JOIN routes ro ON ro.id = t.route_id JOIN revisions r ON r.id = ro.revision_id
       JOIN documents d ON d.id = r.document_id WHERE t.assignee_id = ? AND t.state = 'pending' AND ro.state = 'open' ORDER BY t.due_date IS NULL, t.due_date, t.id`,
    )
    .all(ctx.user.id) as { id: number; route_id: number; number: string; title: string }[];
  for (const row of routeTaskRows) {
    const route = routeById(db, row.route_id);
    const tasks = routeTasks(db, route.id);
    const task = tasks.find((t) => t.id === row.id)!;
    inbox.push({ kind: task.stage, document: row.number, title: row.title, revision: labelOf(revisionRowById(db, route.revision_id)), dueDate: task.due_date, overdue: overdue(task.due_date), actionable: isTaskActionable(task, tasks, route) });
  }
  const training = db
    .prepare(
      `SELECT d.number, d.title, r.major_label, r.draft_number, r.state, a.due_date FROM training_assignments a JOIN revisions r ON r.id = a.revision_id
       JOIN documents d ON d.id = r.document_id WHERE a.user_id = ? AND a.signature_id IS NULL AND r.state = 'effective' ORDER BY a.id`,
    )
    .all(ctx.user.id) as { number: string; title: string; major_label: string; draft_number: number; state: 'effective'; due_date: string | null }[];
  for (const t of training) inbox.push({ kind: 'read-and-understood', document: t.number, title: t.title, revision: labelOf(t), dueDate: t.due_date, overdue: overdue(t.due_date), actionable: true });
  for (const r of rejectedDrafts(db, { authorId: ctx.user.id })) {
    inbox.push({ kind: 'rejected', document: r.number, title: r.title, revision: r.draft, dueDate: null, overdue: false, actionable: true, reason: r.reason, by: r.by });
  }
  if (rolesAllow(ctx.user.roles, 'revisions.approve')) {
    for (const w of pendingWithdrawals(db)) {
      inbox.push({ kind: 'withdrawal', document: w.number, title: w.title, revision: w.revision, dueDate: null, overdue: false, actionable: w.requestedById !== ctx.user.id, sha256: w.sha256, reason: w.reason, by: w.by });
    }
  }
  if (rolesAllow(ctx.user.roles, 'revisions.release')) {
    for (const r of awaitingRelease(db)) {
      inbox.push({ kind: 'release', document: r.number, title: r.title, revision: r.revision, dueDate: null, overdue: false, actionable: r.effectiveDate === null, ...(r.effectiveDate ? { effectiveDate: r.effectiveDate } : {}) });
    }
  }
  inbox.push(...changeRequestTasks(db, ctx.user), ...linkedChangeTasks(db, ctx.user.id));
  return inbox;
}
