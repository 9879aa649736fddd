import type Database from 'better-sqlite3';
import type { MatrixRow, MatrixStatus, TrainingMatrix } from '../../../shared/contract';
import { labelOf } from '../documents/document-queries';
import { statement } from '../vault/statements';
import { requireJobRow } from './job-records';

interface Person {
  id: number;
  username: string;
  fullName: string;
}
interface Doc {
  id: number;
  number: string;
  title: string;
  revision: string | null;
}
interface Assignment {
  assignedAt: string;
  dueDate: string | null;
  acknowledgedAt: string | null;
}

const statusOrder: Record<MatrixStatus, number> = { overdue: 0, open: 1, done: 2, 'not-required': 3 };

function statusOf(a: Assignment | undefined, today: string): MatrixStatus {
  if (!a) return 'not-required';
  if (a.acknowledgedAt) return 'done';
  return a.dueDate !== null && a.dueDate < today ? 'overdue' : 'open';
}

function compliance(statuses: MatrixStatus[]): TrainingMatrix['jobs'][number]['compliance'] {
  const required = statuses.filter((s) => s !== 'not-required').length;
  const done = statuses.filter((s) => s === 'done').length;
  return { required, done, overdue: statuses.filter((s) => s === 'overdue').length, percent: required ? Math.round((100 * done) / required) : null };
}

/**
 * The training matrix: every enabled person in a job (or with training on a revision in force) × every
 * document a job requires (or with training on its revision in force), each cell's status on the
 * revision in force (done / open / overdue / not required), overdue first; and compliance — the share
 * of assigned cells acknowledged — per job (its people × its documents) and per document. With a job,
 * only its people and documents. The one source of the matrix rows: the CLI's CSV, the app's grid
 * and the audit pack all read them from here. Reads only.
 */
export function trainingMatrix(db: Database.Database, today: string, jobCode?: string): TrainingMatrix {
  const onlyJob = jobCode === undefined ? null : requireJobRow(db, jobCode);
  const jobs = statement<[], { id: number; code: string; name: string }>(db, 'SELECT id, code, name FROM jobs ORDER BY code').all().filter((j) => !onlyJob || j.id === onlyJob.id);
  const members = statement<[], { jobId: number; userId: number }>(db, 'SELECT m.job_id AS jobId, m.user_id AS userId FROM job_members m JOIN users u ON u.id = m.user_id WHERE u.disabled_at IS NULL').all();
  const jobDocs = statement<[], { jobId: number; documentId: number }>(db, 'SELECT job_id AS jobId, document_id AS documentId FROM job_documents').all();
  const assignments = statement<[], { userId: number; documentId: number } & Assignment>(
    db,
    `SELECT a.user_id AS userId, r.document_id AS documentId, a.assigned_at AS assignedAt, a.due_date AS dueDate, s.signed_at AS acknowledgedAt
       FROM training_assignments a JOIN revisions r ON r.id = a.revision_id AND r.state = 'effective'
       JOIN users u ON u.id = a.user_id AND u.disabled_at IS NULL LEFT JOIN signatures s ON s.id = a.signature_id`,
  ).all();
  const jobIds = new Set(jobs.map((j) => j.id));
  const inJobs = members.filter((m) => jobIds.has(m.jobId));
  const docsOfJobs = jobDocs.filter((d) => jobIds.has(d.jobId));
  const personIds = new Set([...inJobs.map((m) => m.userId), ...(onlyJob ? [] : assignments.map((a) => a.userId))]);
  const documentIds = new Set([...docsOfJobs.map((d) => d.documentId), ...(onlyJob ? [] : assignments.map((a) => a.documentId))]);

  const person = statement<[number], Person>(db, 'SELECT id, username, full_name AS fullName FROM users WHERE id = ?');
  const people = [...personIds].map((id) => person.get(id)!).sort((a, b) => a.username.localeCompare(b.username));
  const documentRow = statement<[number], { id: number; number: string; title: string }>(db, 'SELECT id, number, title FROM documents WHERE id = ?');
  const inForce = statement<[number], { major_label: string; draft_number: number; state: 'effective' }>(db, "SELECT major_label, draft_number, state FROM revisions WHERE document_id = ? AND state = 'effective' ORDER BY id DESC LIMIT 1");
  const documents: Doc[] = [...documentIds]
    .map((id) => {
      const revision = inForce.get(id);
      return { ...documentRow.get(id)!, revision: revision ? labelOf(revision) : null };
    })
    .sort((a, b) => a.number.localeCompare(b.number));

  const assignmentOf = new Map(assignments.map((a) => [`${a.userId}/${a.documentId}`, a]));
  const jobsByPerson = new Map<number, string[]>();
  for (const j of jobs) {
    for (const m of inJobs) if (m.jobId === j.id) jobsByPerson.set(m.userId, [...(jobsByPerson.get(m.userId) ?? []), j.code]);
  }
  const jobsOf = (userId: number) => jobsByPerson.get(userId) ?? [];
  const rows: MatrixRow[] = [];
  for (const p of people) {
    const jobCodes = jobsOf(p.id);
    for (const d of documents) {
      const a = d.revision === null ? undefined : assignmentOf.get(`${p.id}/${d.id}`);
      rows.push({ user: p.username, fullName: p.fullName, jobs: jobCodes, document: d.number, title: d.title, revision: d.revision, status: statusOf(a, today), assignedAt: a?.assignedAt ?? null, dueDate: a?.dueDate ?? null, acknowledgedAt: a?.acknowledgedAt ?? null });
    }
  }
  rows.sort((a, b) => statusOrder[a.status] - statusOrder[b.status] || a.user.localeCompare(b.user) || a.document.localeCompare(b.document));

  const cell = new Map(rows.map((r) => [`${r.user}/${r.document}`, r.status]));
  const statusesOf = new Map<string, MatrixStatus[]>();
  for (const r of rows) {
    const list = statusesOf.get(r.document) ?? [];
    list.push(r.status);
    statusesOf.set(r.document, list);
  }
  const usernameOf = new Map(people.map((p) => [p.id, p.username]));
  const numberOf = new Map(documents.map((d) => [d.id, d.number]));
  const statusFor = (userId: number, documentId: number) => cell.get(`${usernameOf.get(userId)}/${numberOf.get(documentId)}`) ?? 'not-required';
  return {
    today,
    job: onlyJob?.code ?? null,
    people: people.map((p) => ({ username: p.username, fullName: p.fullName, jobs: jobsOf(p.id) })),
    documents: documents.map((d) => ({ number: d.number, title: d.title, revision: d.revision, compliance: compliance(statusesOf.get(d.number) ?? []) })),
    jobs: jobs.map((j) => ({
      code: j.code,
      name: j.name,
      compliance: compliance(inJobs.filter((m) => m.jobId === j.id).flatMap((m) => docsOfJobs.filter((d) => d.jobId === j.id).map((d) => statusFor(m.userId, d.documentId)))),
    })),
    rows,
  };
}
