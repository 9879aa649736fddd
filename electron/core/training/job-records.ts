import type Database from 'better-sqlite3';
import type { Job } from '../../../shared/contract';
import { QuireError } from '../../../shared/errors';
import { statement } from '../vault/statements';

export interface JobRow {
  id: number;
  code: string;
  name: string;
}

/** The job function with that code (case-insensitive), or JOB_NOT_FOUND naming it. */
export function requireJobRow(db: Database.Database, code: string): JobRow {
  const row = statement<[string], JobRow>(db, 'SELECT id, code, name FROM jobs WHERE code = ?').get(code);
  if (!row) throw new QuireError('JOB_NOT_FOUND', { code });
  return row;
}

/** A job with its people (enabled or not) and the documents it requires, each sorted. */
export function jobDetail(db: Database.Database, job: JobRow): Job {
  const people = statement<[number], { username: string; fullName: string }>(
    db,
    'SELECT u.username, u.full_name AS fullName FROM job_members m JOIN users u ON u.id = m.user_id WHERE m.job_id = ? ORDER BY u.username',
  ).all(job.id);
  const documents = statement<[number], { number: string; title: string }>(
    db,
    'SELECT d.number, d.title FROM job_documents j JOIN documents d ON d.id = j.document_id WHERE j.job_id = ? ORDER BY d.number',
  ).all(job.id);
  return { code: job.code, name: job.name, people, documents };
}

/** Every job function, by code. */
export function listJobs(db: Database.Database): Job[] {
  return statement<[], JobRow>(db, 'SELECT id, code, name FROM jobs ORDER BY code').all().map((job) => jobDetail(db, job));
}
