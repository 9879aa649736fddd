import type Database from 'better-sqlite3';
import type { Route } from '../../../shared/contract';
import { labelOf, revisionRowById } from '../documents/document-queries';
import { statement } from '../vault/statements';

export interface RouteRow {
  id: number;
  revision_id: number;
  approval_mode: 'parallel' | 'sequential';
  state: 'open' | 'completed' | 'rejected' | 'cancelled';
  content_sha256: string;
  opened_by: number;
  opened_at: string;
  closed_at: string | null;
}

export interface RouteTaskRow {
  id: number;
  route_id: number;
  stage: 'review' | 'approval';
  position: number;
  assignee_id: number;
  due_date: string | null;
  state: 'pending' | 'signed' | 'rejected' | 'closed';
  completed_at: string | null;
  signature_id: number | null;
  username: string;
  full_name: string;
}

export function openRouteOf(db: Database.Database, revisionId: number): RouteRow | undefined {
  return statement<[number], RouteRow>(db, "SELECT * FROM routes WHERE revision_id = ? AND state = 'open'").get(revisionId);
}

export function latestRouteOf(db: Database.Database, revisionId: number): RouteRow | undefined {
  return statement<[number], RouteRow>(db, 'SELECT * FROM routes WHERE revision_id = ? ORDER BY id DESC LIMIT 1').get(revisionId);
}

export function routeTasks(db: Database.Database, routeId: number): RouteTaskRow[] {
  return statement<[number], RouteTaskRow>(
    db,
    `SELECT t.*, u.username, u.full_name FROM route_tasks t JOIN users u ON u.id = t.assignee_id
     WHERE t.route_id = ? ORDER BY CASE t.stage WHEN 'review' THEN 0 ELSE 1 END, t.position`,
  ).all(routeId);
}

/**
 * Whether a pending approval task may act now: in a sequential route only the first pending
 * approver may; in a parallel one, all of them. Review tasks can always act while reviewing.
 */
export function isTaskActionable(task: RouteTaskRow, tasks: RouteTaskRow[], route: RouteRow): boolean {
  if (task.state !== 'pending') return false;
  if (task.stage === 'review') return true;
  if (tasks.some((t) => t.stage === 'review' && t.state !== 'signed')) return false;
  if (route.approval_mode === 'parallel') return true;
  const firstPending = tasks.filter((t) => t.stage === 'approval' && t.state === 'pending').sort((a, b) => a.position - b.position)[0];
  return firstPending?.id === task.id;
}

export function routeDetail(db: Database.Database, route: RouteRow): Route {
  const revision = revisionRowById(db, route.revision_id);
  const number = statement<[number], { number: string }>(db, 'SELECT number FROM documents WHERE id = ?').get(revision.document_id)!.number;
  return {
    id: route.id,
    document: number,
    revision: labelOf(revision),
    revisionState: revision.state,
    approvalMode: route.approval_mode,
    state: route.state,
    contentSha256: route.content_sha256,
    openedAt: route.opened_at,
    closedAt: route.closed_at,
    tasks: routeTasks(db, route.id).map((t) => ({
      id: t.id,
      stage: t.stage,
      position: t.position,
      assignee: { username: t.username, fullName: t.full_name },
      dueDate: t.due_date,
      state: t.state,
      completedAt: t.completed_at,
    })),
  };
}

export function routeById(db: Database.Database, id: number): RouteRow {
  return statement<[number], RouteRow>(db, 'SELECT * FROM routes WHERE id = ?').get(id)!;
}
