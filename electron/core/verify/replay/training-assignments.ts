import type Database from 'better-sqlite3';
import { GroupedRows } from './grouped-rows';
import type { StateProblems } from './state-problems';
import { integerField, stringField, stringListField, trailEventsOf, type TrailEvent } from './trail-events';

interface AssignmentRow {
  revision_id: number;
  user_id: number;
  username: string;
  due_date: string | null;
  signature_id: number | null;
}

/** One person's assignment as the trail has it: its due date (or the revision it was carried over from) and the acknowledging signature. */
interface ExpectedAssignment {
  dueDate: string | null;
  carriedFrom: string | null;
  signatureId: number | null;
}

const trainingActions = new Set(['training.assigned', 'training.job_assigned', 'training.carried_over', 'training.closed', 'training.acknowledged']);

/** Folds one revision's training events into who must read it, by when, and who has signed. */
function expectedAssignments(events: TrailEvent[]): Map<string, ExpectedAssignment> {
  const expected = new Map<string, ExpectedAssignment>();
  for (const event of events) {
    const users = stringListField(event.value, 'users') ?? [];
    if (event.action === 'training.assigned' || event.action === 'training.job_assigned') {
      for (const user of users) expected.set(user, { dueDate: stringField(event.value, 'dueDate') ?? null, carriedFrom: null, signatureId: null });
    } else if (event.action === 'training.carried_over') {
      for (const user of users) expected.set(user, { dueDate: null, carriedFrom: stringField(event.value, 'from') ?? null, signatureId: null });
    } else if (event.action === 'training.closed') {
      for (const user of users) expected.delete(user);
    } else if (event.action === 'training.acknowledged' && event.username !== null) {
      const assignment = expected.get(event.username);
      if (assignment) assignment.signatureId = integerField(event.value, 'signatureId') ?? null;
    }
  }
  return expected;
}

/**
 * Holds the read-and-understood assignments to the trail: for each revision, the people its
 * training.assigned, job_assigned and carried_over events gave it (less those training.closed took off),
 * each with the due date the event set (a carried-over one keeps the due date it had on the revision it came
 * from), and the signature of their training.acknowledged event. The training matrix and the audit pack
 * report these rows. Returns how many revisions' assignments were checked.
 */
export function replayTrainingAssignments(db: Database.Database, problems: StateProblems): number {
  const carriedDueDate = db.prepare(
    `SELECT a.due_date FROM training_assignments a JOIN revisions r ON r.id = a.revision_id
     WHERE a.user_id = ? AND r.document_id = (SELECT document_id FROM revisions WHERE id = ?) AND r.major_label = ? ORDER BY r.id DESC LIMIT 1`,
  );
  const rowWhere = (r: AssignmentRow) => `training of ${r.username} on revision ${r.revision_id}`;
  const rows = new GroupedRows(
    db.prepare('SELECT a.revision_id, a.user_id, u.username, a.due_date, a.signature_id FROM training_assignments a JOIN users u ON u.id = a.user_id ORDER BY a.revision_id, a.id').iterate() as IterableIterator<AssignmentRow>,
    (r) => r.revision_id,
    (r) => problems.add(rowWhere(r), `The ${rowWhere(r)} was not assigned by any audit event.`),
  );
  let revisions = 0;
  const check = (revisionId: number, events: TrailEvent[]) => {
    revisions += 1;
    const expected = expectedAssignments(events);
    for (const row of rows.take(revisionId)) {
      const where = rowWhere(row);
      const trail = expected.get(row.username);
      expected.delete(row.username);
      if (!trail) {
        problems.add(where, `The ${where} was not assigned by any audit event.`);
        continue;
      }
      const dueDate = trail.carriedFrom === null ? trail.dueDate : ((carriedDueDate.pluck().get(row.user_id, revisionId, trail.carriedFrom) as string | null | undefined) ?? null);
      if (row.due_date !== dueDate) problems.add(where, `The ${where} is due ${JSON.stringify(row.due_date)} in the vault, but the audit trail says ${JSON.stringify(dueDate)}.`);
      if (row.signature_id !== trail.signatureId) problems.add(where, `The ${where} is acknowledged by signature ${JSON.stringify(row.signature_id)} in the vault, but the audit trail says ${JSON.stringify(trail.signatureId)}.`);
    }
    for (const user of expected.keys()) problems.add(`training of ${user} on revision ${revisionId}`, `The audit trail assigns revision ${revisionId} to ${user}, but the vault has no such assignment.`);
  };
  let current: number | null = null;
  let events: TrailEvent[] = [];
  for (const event of trailEventsOf(db, 'revision', [...trainingActions])) {
    if (!trainingActions.has(event.action)) continue;
    if (event.entityId !== current) {
      if (current !== null) check(current, events);
      current = event.entityId;
      events = [];
    }
    events.push(event);
  }
  if (current !== null) check(current, events);
  rows.finish();
  return revisions;
}
