import type { ExpectedRoute } from './expected-revision';
import type { StateProblems } from './state-problems';

export interface RouteTableRow {
  id: number;
  revision_id: number;
  approval_mode: string;
  state: string;
  content_sha256: string;
  opened_by: number;
}

export interface RouteTaskTableRow {
  revision_id: number;
  route_id: number;
  stage: string;
  position: number;
  assignee_id: number;
  state: string;
  signature_id: number | null;
}

function taskKey(stage: string, position: number, username: string | undefined): string {
  return `${stage}#${position} ${username ?? '?'}`;
}

/**
 * Holds a revision's routes (in the order opened) and their tasks to what its submit, sign, reject,
 * approve and cancel events say: who was asked, in which order, who signed with which signature, what closed.
 */
export function compareRoutes(where: string, routes: RouteTableRow[], tasks: RouteTaskTableRow[], expected: ExpectedRoute[], usernames: Map<number, string>, problems: StateProblems): void {
  if (routes.length !== expected.length) {
    problems.add(where, `${where} has ${routes.length} route(s) in the vault, but the audit trail opened ${expected.length}.`);
  }
  routes.forEach((route, i) => {
    const want = expected[i];
    if (!want) return;
    const at = `${where}, route ${route.id}`;
    const differs = (what: string, inRow: unknown, inTrail: unknown) => problems.add(at, `${at}: ${what} is ${JSON.stringify(inRow)} in the vault, but the audit trail says ${JSON.stringify(inTrail)}.`);
    if (route.state !== want.state) differs('the state', route.state, want.state);
    if (want.approvalMode !== undefined && route.approval_mode !== want.approvalMode) differs('the approval mode', route.approval_mode, want.approvalMode);
    if (want.contentSha256 !== undefined && route.content_sha256 !== want.contentSha256) differs('the routed content hash', route.content_sha256, want.contentSha256);
    const actual = new Map(tasks.filter((t) => t.route_id === route.id).map((t) => [taskKey(t.stage, t.position, usernames.get(t.assignee_id)), t]));
    for (const task of want.tasks) {
      const key = taskKey(task.stage, task.position, task.username);
      const row = actual.get(key);
      actual.delete(key);
      if (!row) {
        differs(`the ${task.stage} task of ${task.username}`, null, task.state);
        continue;
      }
      if (row.state !== task.state) differs(`the ${task.stage} task of ${task.username}`, row.state, task.state);
      if (row.signature_id !== task.signatureId) differs(`the signature on the ${task.stage} task of ${task.username}`, row.signature_id, task.signatureId);
    }
    for (const [key, row] of actual) differs(`a task (${key})`, row.state, null);
  });
}
