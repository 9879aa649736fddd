import type { MethodResult, ParsedInput } from '../../../shared/contract';
import { QuireError } from '../../../shared/errors';
import { revisionActs } from '../../../shared/lifecycle';
import { rolesAllow } from '../../../shared/roles';
import { appendAuditEvent } from '../audit/append-audit-event';
import { actorOf, writeTransaction, type CallContext } from '../core-context';
import { labelOf } from '../documents/document-queries';
import { statement } from '../vault/statements';
import { assertContentIntact } from './content-integrity';
import { insertSignature, prepareSignature } from './record-signature';
import { isTaskActionable, openRouteOf, routeById, routeDetail, routeTasks, type RouteRow, type RouteTaskRow } from './route-queries';
import { changeRevisionState } from '../documents/change-revision-state';
import { latestRevisionFor } from './workflow-revision';

const stageOf = { reviewed: 'review', approved: 'approval' } as const;

/** The caller's task on the open route of a document's revision under review or approval, checked for the act. */
export function findOwnTask(ctx: CallContext, number: string, stage: 'review' | 'approval' | 'current') {
  const db = ctx.vault.db;
  const { document, revision } = latestRevisionFor(db, number, stage === 'current' ? ['rejectReview', 'rejectApproval'] : ['signReview', 'signApproval'], 'ROUTE_NOT_OPEN', stage === 'current' ? 'rejected' : 'signed');
  const route = openRouteOf(db, revision.id);
  if (!route) throw new QuireError('ROUTE_NOT_OPEN', { number: document.number, act: 'signed', label: labelOf(revision) });
  const tasks = routeTasks(db, route.id);
  const wantedStage = stage === 'current' ? (revision.state === 'in_review' ? 'review' : 'approval') : stage;
  const task = tasks.find((t) => t.assignee_id === ctx.user.id && t.stage === wantedStage);
  if (!task) throw new QuireError('NOT_ASSIGNED', { username: ctx.user.username, number: document.number, label: labelOf(revision), stage: wantedStage });
  if (task.state === 'signed') throw new QuireError('ALREADY_SIGNED', { username: ctx.user.username, number: document.number, label: labelOf(revision), stage: wantedStage });
  if (task.state !== 'pending') throw new QuireError('ROUTE_NOT_OPEN', { taskState: task.state });
  if (wantedStage === 'approval' && revision.state === 'in_review') {
    throw new QuireError('REVIEW_NOT_COMPLETE', { number: document.number, label: labelOf(revision) });
  }
  if (!isTaskActionable(task, tasks, route)) {
    const before = tasks.find((t) => t.stage === 'approval' && t.state === 'pending' && t.position < task.position);
    throw new QuireError('NOT_YOUR_TURN', { number: document.number, ...(before ? { before: before.username } : {}) });
  }
  return { document, revision, route, tasks, task };
}

/** Refuses a reviewer or approver act by someone who no longer holds the role for that stage (roles may change after routing). */
export function requireStageRole(ctx: CallContext, stage: 'review' | 'approval', act: 'sign' | 'reject'): void {
  const { permission } = revisionActs[stage === 'review' ? (act === 'sign' ? 'signReview' : 'rejectReview') : act === 'sign' ? 'signApproval' : 'rejectApproval'];
  if (!rolesAllow(ctx.user.roles, permission)) {
    throw new QuireError('PERMISSION_DENIED', { reason: 'sign-as', username: ctx.user.username, roles: ctx.user.roles, permission, stage, act });
  }
}

function advanceRoute(ctx: CallContext, route: RouteRow, signedTask: RouteTaskRow, revisionId: number, number: string, label: string): void {
  const db = ctx.vault.db;
  const tasks = routeTasks(db, route.id);
  const stageDone = tasks.filter((t) => t.stage === signedTask.stage).every((t) => t.state === 'signed');
  if (!stageDone) return;
  const now = ctx.now();
  if (signedTask.stage === 'review') {
    changeRevisionState(db, revisionId, 'completeReview');
    appendAuditEvent(db, actorOf(ctx), { action: 'revision.review_completed', entityType: 'revision', entityId: revisionId, oldValue: { state: 'in_review' }, newValue: { document: number, label, state: 'in_approval' } }, now);
    return;
  }
  changeRevisionState(db, revisionId, 'approve');
  statement(db, 'UPDATE revisions SET approved_at = ? WHERE id = ?').run(now.toISOString(), revisionId);
  statement(db, "UPDATE routes SET state = 'completed', closed_at = ? WHERE id = ?").run(now.toISOString(), route.id);
  appendAuditEvent(db, actorOf(ctx), { action: 'revision.approved', entityType: 'revision', entityId: revisionId, oldValue: { state: 'in_approval' }, newValue: { document: number, label: label.replace(/\.\d+$/, ''), state: 'approved' } }, now);
}

/**
 * Signs the caller's review or approval task: role, assignment, turn, self-approval and the
 * content's integrity are checked first, then the password (counting toward lockout); the
 * signature, the task and any stage change commit in one transaction.
 */
export async function signRouteTask(ctx: CallContext, input: ParsedInput<'revisions.sign'>): Promise<MethodResult<'revisions.sign'>> {
  const db = ctx.vault.db;
  requireStageRole(ctx, stageOf[input.meaning], 'sign');
  const { document, revision, route, task } = findOwnTask(ctx, input.number, stageOf[input.meaning]);
  if (revision.author_id === ctx.user.id) {
    throw new QuireError('SELF_APPROVAL', { username: ctx.user.username, number: document.number, label: labelOf(revision), act: input.meaning === 'approved' ? 'approve' : 'review' });
  }
  assertContentIntact(db, revision, route.content_sha256);
  const prepared = await prepareSignature(ctx, document, revision, input.meaning, input.password, input.comment ?? null);
  return writeTransaction(ctx, () => {
    const current = statement<[number], { state: string }>(db, 'SELECT state FROM route_tasks WHERE id = ?').get(task.id);
    if (current?.state !== 'pending') throw new QuireError('ALREADY_SIGNED', { meanwhile: true });
    const signature = insertSignature(db, prepared, route.id);
    statement(db, "UPDATE route_tasks SET state = 'signed', completed_at = ?, signature_id = ? WHERE id = ?").run(prepared.signedAt, signature.id, task.id);
    appendAuditEvent(db, actorOf(ctx), {
      action: 'revision.signed',
      entityType: 'revision',
      entityId: revision.id,
      newValue: { document: document.number, label: labelOf(revision), meaning: input.meaning, signatureId: signature.id, contentSha256: prepared.contentSha256, timeZone: prepared.timeZone, viewed: prepared.viewed },
      reason: input.comment ?? null,
    }, ctx.now());
    advanceRoute(ctx, route, task, revision.id, document.number, labelOf(revision));
    return { signature, route: routeDetail(db, routeById(db, route.id)) };
  });
}
