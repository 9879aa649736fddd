import type Database from 'better-sqlite3';
import { QuireError } from '../../../shared/errors';
import { rolesAllow } from '../../../shared/roles';
import { appendAuditEvent } from '../audit/append-audit-event';
import { actorOf, writeTransaction, type CallContext } from '../core-context';
import type { SignedInUser } from '../users/user-records';
import { statement } from '../vault/statements';
import { labelOf, revisionRows, type DocumentRow, type RevisionRow } from './document-queries';

// Who sees which revision's content. What is in force (the effective revision) is for everyone who may
// read documents; drafts, revisions in workflow, rejected, superseded and obsolete ones are for the people
// who work on documents (authors and controllers), the revision's own author, and its reviewers and approvers.

/** Authors and controllers draft and route any document, so they see every revision of every document. */
export function worksOnDocuments(user: SignedInUser): boolean {
  return rolesAllow(user.roles, 'revisions.draft') || rolesAllow(user.roles, 'documents.edit');
}

/** Revisions the user (`@viewerId`) reviews or approves: a task still pending, signed or rejected (a closed one — the route ended first — gives no view). */
const ownRouteRevisionsSql = "SELECT DISTINCT route.revision_id FROM route_tasks task JOIN routes route ON route.id = task.route_id WHERE task.assignee_id = @viewerId AND task.state <> 'closed'";

function revisionsOnOwnRoutes(db: Database.Database, userId: number): Set<number> {
  return new Set(
    statement<{ viewerId: number }, { revision_id: number }>(db, ownRouteRevisionsSql)
      .all({ viewerId: userId })
      .map((row) => row.revision_id),
  );
}

/** A predicate telling which revisions' content a user may see. */
export function revisionVisibility(db: Database.Database, user: SignedInUser): (revision: RevisionRow) => boolean {
  if (worksOnDocuments(user)) return () => true;
  const onRoute = revisionsOnOwnRoutes(db, user.id);
  return (revision) => revision.state === 'effective' || revision.author_id === user.id || onRoute.has(revision.id);
}

/**
 * The same rule as revisionVisibility, as an SQL condition on the revisions row named `alias`, for queries
 * that filter in the database (search); the statement binds the caller's id as `@viewerId`.
 */
export function visibleRevisionCondition(user: SignedInUser, alias: string): string {
  if (worksOnDocuments(user)) return '1';
  return `(${alias}.state = 'effective' OR ${alias}.author_id = @viewerId OR ${alias}.id IN (${ownRouteRevisionsSql}))`;
}

/**
 * Refuses, with REVISION_NOT_VISIBLE (audited as a denied access), a revision whose content the caller
 * may not see; the sentence names the effective revision they may open instead.
 */
export function requireVisibleRevision(ctx: CallContext, document: DocumentRow, revision: RevisionRow): void {
  if (revisionVisibility(ctx.vault.db, ctx.user)(revision)) return;
  writeTransaction(ctx, () =>
    appendAuditEvent(ctx.vault.db, actorOf(ctx), { action: 'access.denied', entityType: 'revision', entityId: revision.id, newValue: { document: document.number, label: labelOf(revision), state: revision.state, roles: ctx.user.roles } }, ctx.now()),
  );
  const effective = revisionRows(ctx.vault.db, document.id).findLast((r) => r.state === 'effective');
  throw new QuireError('REVISION_NOT_VISIBLE', {
    number: document.number,
    label: labelOf(revision),
    state: revision.state,
    username: ctx.user.username,
    ...(effective ? { effective: labelOf(effective) } : {}),
  });
}
