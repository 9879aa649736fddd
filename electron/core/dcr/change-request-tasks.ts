import type Database from 'better-sqlite3';
import type { InboxTask } from '../../../shared/contract';
import type { SignedInUser } from '../users/user-records';
import { rolesAllow } from '../../../shared/roles';
import { statement } from '../vault/statements';

/** Open change requests the user decides: on documents they own, or on any document for a controller. */
export function changeRequestTasks(db: Database.Database, user: SignedInUser): InboxTask[] {
  const everyDocument = rolesAllow(user.roles, 'documents.edit');
  return statement<{ userId: number; every: number }, { number: string; document: string; title: string; reason: string; username: string; full_name: string; against: string }>(
    db,
    `SELECT c.number, d.number AS document, d.title, c.reason, u.username, u.full_name, ra.major_label AS against
     FROM change_requests c JOIN documents d ON d.id = c.document_id JOIN users u ON u.id = c.requested_by JOIN revisions ra ON ra.id = c.against_revision_id
     WHERE c.state = 'open' AND (@every = 1 OR d.owner_id = @userId) ORDER BY c.id`,
  )
    .all({ userId: user.id, every: everyDocument ? 1 : 0 })
    .map((c) => ({ kind: 'change-request' as const, document: c.document, title: c.title, revision: c.against, dueDate: null, overdue: false, actionable: true, changeRequest: c.number, reason: c.reason, by: { username: c.username, fullName: c.full_name } }));
}
