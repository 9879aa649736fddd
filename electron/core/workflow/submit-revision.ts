import type { ParsedInput, Route } from '../../../shared/contract';
import { QuireError } from '../../../shared/errors';
import { rolesAllow, type Permission } from '../../../shared/roles';
import { appendAuditEvent } from '../audit/append-audit-event';
import { actorOf, writeTransaction, type CallContext } from '../core-context';
import { labelOf } from '../documents/document-queries';
import { requireUserRow, userRoles } from '../users/user-records';
import { statement } from '../vault/statements';
import { addDays, isCalendarDate, localDate } from './calendar-dates';
import { assertContentIntact } from './content-integrity';
import { routeById, routeDetail } from './route-queries';
import { routeTemplateFor } from './route-templates';
import { requireSeparateDuties } from './separate-duties';
import { changeRevisionState } from '../documents/change-revision-state';
import { latestRevisionFor } from './workflow-revision';
import { requireChangeRecord, stateChangeRecord } from '../change-records/change-impact';

function unique(names: string[]): string[] {
  const seen = new Set<string>();
  return names.filter((n) => !seen.has(n.toLowerCase()) && seen.add(n.toLowerCase()));
}

/**
 * Freezes a draft and opens its route: every reviewer in parallel, then the approvers in
 * parallel or in sequence. The type's template adds the people who must always be on it.
 * Only the author or a controller may submit; the author may not review or approve, and
 * reviewers and approvers are different people unless the vault setting relaxes it.
 */
export function submitRevision(ctx: CallContext, input: ParsedInput<'revisions.submit'>): Route {
  const db = ctx.vault.db;
  const { document, revision } = latestRevisionFor(db, input.number, ['submit'], 'REVISION_NOT_DRAFT', 'submitted');
  if (revision.author_id !== ctx.user.id && !rolesAllow(ctx.user.roles, 'documents.edit')) {
    throw new QuireError('PERMISSION_DENIED', { reason: 'owner-or-controller', act: 'submit', number: document.number, label: labelOf(revision), owner: revision.author_username });
  }
  const template = routeTemplateFor(db, document.doc_type);
  const reviewers = unique([...(input.reviewers ?? []), ...(template?.reviewers ?? [])]);
  const approvers = unique([...(input.approvers ?? []), ...(template?.approvers ?? [])]);
  if (reviewers.length === 0 || approvers.length === 0) {
    throw new QuireError('ROUTE_INCOMPLETE', { number: document.number, type: document.doc_type });
  }
  const qualified = (username: string, permission: Permission, role: 'review' | 'approve') => {
    const row = requireUserRow(db, username);
    if (row.id === revision.author_id) throw new QuireError('SELF_APPROVAL', { username: row.username, number: document.number, label: labelOf(revision), act: role });
    if (row.disabled_at || !rolesAllow(userRoles(db, row.id), permission)) {
      throw new QuireError('ASSIGNEE_NOT_QUALIFIED', { username: row.username, number: document.number, stage: role === 'review' ? 'review' : 'approval', reason: row.disabled_at ? 'disabled' : 'missing-role' });
    }
    return row;
  };
  const reviewerRows = reviewers.map((u) => qualified(u, 'revisions.review', 'review'));
  const approverRows = approvers.map((u) => qualified(u, 'revisions.approve', 'approve'));
  requireSeparateDuties(db, reviewerRows, approverRows, `${document.number} ${labelOf(revision)}`);
  const today = localDate(ctx.now());
  for (const date of [input.reviewDueDate, input.approvalDueDate]) {
    if (date && !isCalendarDate(date)) throw new QuireError('INVALID_INPUT', { problem: 'calendar-date', value: date });
    // A task due before it exists would show overdue at once; today is the earliest honest date.
    if (date && date < today) throw new QuireError('DUE_DATE_PAST', { date, today });
  }
  const reviewDue = input.reviewDueDate ?? (template?.reviewDays ? addDays(today, template.reviewDays) : null);
  const approvalDue = input.approvalDueDate ?? (template?.approvalDays ? addDays(today, template.approvalDays) : null);
  const mode = input.approvalMode ?? template?.approvalMode ?? 'parallel';
  assertContentIntact(db, revision);
  const changeRecord = { changeSummary: input.changeSummary, impact: input.impact };
  requireChangeRecord(db, document, revision, changeRecord);

  return writeTransaction(ctx, () => {
    const now = ctx.now().toISOString();
    stateChangeRecord(db, actorOf(ctx), document, revision, changeRecord, ctx.now());
    changeRevisionState(db, revision.id, 'submit');
    const { lastInsertRowid } = statement(
      db,
      "INSERT INTO routes (revision_id, approval_mode, state, content_sha256, opened_by, opened_at) VALUES (?, ?, 'open', ?, ?, ?)",
    ).run(revision.id, mode, revision.sha256, ctx.user.id, now);
    const routeId = Number(lastInsertRowid);
    const addTask = statement(db, "INSERT INTO route_tasks (route_id, stage, position, assignee_id, due_date, state) VALUES (?, ?, ?, ?, ?, 'pending')");
    reviewerRows.forEach((u, i) => addTask.run(routeId, 'review', i + 1, u.id, reviewDue));
    approverRows.forEach((u, i) => addTask.run(routeId, 'approval', i + 1, u.id, approvalDue));
    appendAuditEvent(db, actorOf(ctx), {
      action: 'revision.submitted',
      entityType: 'revision',
      entityId: revision.id,
      oldValue: { state: 'draft' },
      newValue: {
        document: document.number,
        label: labelOf(revision),
        state: 'in_review',
        contentSha256: revision.sha256,
        reviewers: reviewerRows.map((u) => u.username),
        approvers: approverRows.map((u) => u.username),
        approvalMode: mode,
        reviewDueDate: reviewDue,
        approvalDueDate: approvalDue,
      },
    }, ctx.now());
    return routeDetail(db, routeById(db, routeId));
  });
}
