import type { MatrixRow, MatrixStatus, TrainingMatrix } from '../../../shared/contract';
import { call } from '../../api';
import { navigate, routeHref } from '../../app/use-hash-route';
import { useSession } from '../../app/session-context';
import { ErrorMessage } from '../../components/error-message';
import { useLoad } from '../../components/use-load';
import { JobAdminPanel } from './job-admin-panel';
import { JobOptions } from './job-options';

const statusWords: Record<MatrixStatus, string> = { overdue: 'Overdue', open: 'Open', done: 'Done', 'not-required': '—' };
const statusBadge: Record<MatrixStatus, string> = { overdue: 'badge badge-rejected', open: 'badge badge-in_review', done: 'badge badge-effective', 'not-required': 'muted' };
const percent = (p: number | null) => (p === null ? '—' : `${p}%`);

/**
 * The training matrix (#/training/matrix?job=…): people × documents with each one's status on the
 * revision in force, people with overdue training first, compliance per job and per document; and,
 * for those who may, the job functions' people and documents.
 */
export function TrainingMatrixScreen({ job }: { job?: string | undefined }) {
  const session = useSession();
  const matrix = useLoad(() => call('training.matrix', job ? { job } : {}), [job]);
  const allJobs = useLoad(() => call('jobs.list', {}), []);
  const reload = () => {
    matrix.reload();
    allJobs.reload();
  };
  return (
    <section aria-labelledby="matrix-title">
      <div className="page-head">
        <h1 id="matrix-title">Training matrix</h1>
        <a href={routeHref({ screen: 'training' })}>Training outstanding</a>
      </div>
      <div className="filters">
        <label className="field inline">
          <span>Show job</span>
          <select value={job ?? ''} onChange={(e) => navigate({ screen: 'training-matrix', ...(e.target.value ? { job: e.target.value } : {}) })}>
            <option value="">All jobs</option>
            <JobOptions jobs={allJobs.data ?? []} />
          </select>
        </label>
      </div>
      <ErrorMessage message={matrix.error} />
      {matrix.data && <MatrixView matrix={matrix.data} />}
      {session.can('training.manage') && allJobs.data && <JobAdminPanel jobs={allJobs.data} onChanged={reload} />}
    </section>
  );
}

/** People in the order their worst cell sorts (overdue first), documents by number. */
function MatrixView({ matrix }: { matrix: TrainingMatrix }) {
  if (matrix.rows.length === 0) return <p className="empty">No one is in a job that requires a document yet, and no training is assigned.</p>;
  const people = [...new Set(matrix.rows.map((r) => r.user))].map((u) => matrix.people.find((p) => p.username === u)!);
  const cell = new Map<string, MatrixRow>(matrix.rows.map((r) => [`${r.user}/${r.document}`, r]));
  return (
    <>
      <table className="data-table" aria-label="Compliance per job">
        <thead>
          <tr>
            <th scope="col">Job</th>
            <th scope="col">Required</th>
            <th scope="col">Done</th>
            <th scope="col">Overdue</th>
            <th scope="col">Compliance</th>
          </tr>
        </thead>
        <tbody>
          {matrix.jobs.map((j) => (
            <tr key={j.code}>
              <td>
                <span className="mono">{j.code}</span> {j.name}
              </td>
              <td>{j.compliance.required}</td>
              <td>{j.compliance.done}</td>
              <td>{j.compliance.overdue}</td>
              <td>{percent(j.compliance.percent)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="table-scroll">
        <table className="data-table matrix-grid" aria-label="Training matrix">
          <thead>
            <tr>
              <th scope="col">Person</th>
              {matrix.documents.map((d) => (
                <th scope="col" key={d.number} title={d.title}>
                  <a className="mono" href={routeHref({ screen: 'document', number: d.number })}>
                    {d.number}
                  </a>{' '}
                  <span className="muted">{d.revision ?? '—'}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {people.map((p) => (
              <tr key={p.username}>
                <th scope="row">
                  {p.fullName} <span className="muted">({p.username})</span>
                  <div className="muted small">{p.jobs.join(', ') || 'no job'}</div>
                </th>
                {matrix.documents.map((d) => {
                  const r = cell.get(`${p.username}/${d.number}`);
                  return (
                    <td key={d.number} data-testid={`cell-${p.username}-${d.number}`} title={r?.dueDate ? `Due ${r.dueDate}` : undefined}>
                      {r && <span className={statusBadge[r.status]}>{statusWords[r.status]}</span>}
                      {(r?.status === 'open' || r?.status === 'overdue') && r.dueDate && <div className="muted small">due {r.dueDate}</div>}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">Compliance</th>
              {matrix.documents.map((d) => (
                <td key={d.number} data-testid={`compliance-${d.number}`}>
                  {percent(d.compliance.percent)}
                </td>
              ))}
            </tr>
          </tfoot>
        </table>
      </div>
    </>
  );
}
