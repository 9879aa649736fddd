import type Database from 'better-sqlite3';
import { GroupedRows } from './grouped-rows';
import type { StateProblems } from './state-problems';
import { stringField, stringListField, trailEventsOf, type TrailEvent } from './trail-events';

interface ExpectedJob {
  code?: string;
  name?: string;
  people: Set<string>;
  documents: Set<string>;
}

function applyJobEvent(job: ExpectedJob, event: TrailEvent): void {
  const v = event.value;
  const change = (set: Set<string>, list: string[] | undefined, add: boolean) => list?.forEach((x) => (add ? set.add(x) : set.delete(x)));
  if (event.action === 'job.created') Object.assign(job, { code: stringField(v, 'code'), name: stringField(v, 'name') });
  if (event.action === 'job.people_added' || event.action === 'job.people_removed') change(job.people, stringListField(v, 'users'), event.action === 'job.people_added');
  if (event.action === 'job.documents_added' || event.action === 'job.documents_removed') change(job.documents, stringListField(v, 'documents'), event.action === 'job.documents_added');
}

const sorted = (list: Iterable<string>) => [...list].sort();

/**
 * Replays each job function's events (created, people and documents added and removed) and compares the
 * result with jobs, job_members and job_documents: who must be trained on what rests on the trail.
 */
export function replayJobs(db: Database.Database, problems: StateProblems): number {
  const events = new GroupedRows<TrailEvent>(trailEventsOf(db, 'job'), (e) => e.entityId, (e) => problems.add(`audit event ${e.id}`, `Audit event ${e.id} (${e.action}) is about job ${e.entityId}, which is not in the vault.`));
  const members = new GroupedRows(db.prepare('SELECT m.job_id, u.username FROM job_members m JOIN users u ON u.id = m.user_id ORDER BY m.job_id').iterate() as IterableIterator<{ job_id: number; username: string }>, (r) => r.job_id, (r) => problems.add(`job_members of job ${r.job_id}`, `${r.username} is in job ${r.job_id}, which is not in the vault.`));
  const documents = new GroupedRows(db.prepare('SELECT j.job_id, d.number FROM job_documents j JOIN documents d ON d.id = j.document_id ORDER BY j.job_id').iterate() as IterableIterator<{ job_id: number; number: string }>, (r) => r.job_id, (r) => problems.add(`job_documents of job ${r.job_id}`, `${r.number} is required by job ${r.job_id}, which is not in the vault.`));
  let count = 0;
  for (const row of db.prepare('SELECT id, code, name FROM jobs ORDER BY id').iterate() as IterableIterator<{ id: number; code: string; name: string }>) {
    count += 1;
    const where = `job ${row.id} (${row.code})`;
    const expected: ExpectedJob = { people: new Set(), documents: new Set() };
    for (const event of events.take(row.id)) applyJobEvent(expected, event);
    const differs = (what: string, inRow: unknown, inTrail: unknown) => problems.add(where, `${where}: ${what} is ${JSON.stringify(inRow)} in the vault, but the audit trail says ${JSON.stringify(inTrail)}.`);
    if (expected.code === undefined) {
      problems.add(where, `${where} was not created by any audit event.`);
      members.take(row.id);
      documents.take(row.id);
      continue;
    }
    if (expected.code !== row.code) differs('the code', row.code, expected.code);
    if (expected.name !== row.name) differs('the name', row.name, expected.name);
    const people = sorted(members.take(row.id).map((m) => m.username));
    if (people.join(',') !== sorted(expected.people).join(',')) differs('the people', people, sorted(expected.people));
    const required = sorted(documents.take(row.id).map((d) => d.number));
    if (required.join(',') !== sorted(expected.documents).join(',')) differs('the documents required', required, sorted(expected.documents));
  }
  events.finish();
  members.finish();
  documents.finish();
  return count;
}
