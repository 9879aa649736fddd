import type { GapAnalysis, GapStatus } from '../../../shared/contract';
import { call } from '../../api';
import { routeHref } from '../../app/use-hash-route';
import { ErrorMessage } from '../../components/error-message';
import { useLoad } from '../../components/use-load';

const statusWords: Record<GapStatus, string> = { covered: 'Covered', 'draft-only': 'Drafts only', 'review-overdue': 'Review overdue', missing: 'Missing' };
const statusBadge: Record<GapStatus, string> = { covered: 'badge badge-effective', 'draft-only': 'badge badge-draft', 'review-overdue': 'badge badge-in_review', missing: 'badge badge-rejected' };

function Finding({ title, rows, empty }: { title: string; rows: string[]; empty: string }) {
  return (
    <section aria-label={title}>
      <h3>
        {title} ({rows.length})
      </h3>
      {rows.length ? (
        <ul>
          {rows.map((row) => (
            <li key={row}>{row}</li>
          ))}
        </ul>
      ) : (
        <p className="empty">{empty}</p>
      )}
    </section>
  );
}

/** #/gap-analysis: each documented information ISO 9001:2015 requires and how it stands today, then the findings an auditor would raise. */
export function GapAnalysisScreen() {
  const loaded = useLoad(() => call('gapAnalysis.run', {}), []);
  const a: GapAnalysis | undefined = loaded.data;
  return (
    <section aria-labelledby="gap-title">
      <p className="breadcrumb">
        <a href={routeHref({ screen: 'register' })}>Register</a> / gap analysis
      </p>
      <h1 id="gap-title">Gap analysis{a ? ` against ${a.standardName}` : ''}</h1>
      <ErrorMessage message={loaded.error} />
      {!a ? (
        <p className="muted">Reading the register…</p>
      ) : (
        <>
          <p role="status">
            {a.summary.covered} covered · {a.summary.draftOnly} drafts only · {a.summary.reviewOverdue} review overdue · {a.summary.missing} missing — as of {a.today}.{' '}
            <a href={routeHref({ screen: 'audit-pack' })}>Prepare for audit</a>
          </p>
          <table className="data-table" aria-label="Documented information required">
            <thead>
              <tr>
                <th>Clause</th>
                <th>Required</th>
                <th>Status</th>
                <th>Documents</th>
              </tr>
            </thead>
            <tbody>
              {a.items.map((item) => (
                <tr key={item.id}>
                  <td>
                    <span className="mono">{item.clause}</span> <span className="muted">{item.clauseTitle}</span>
                  </td>
                  <td>
                    {item.what} <span className="muted">({item.kind === 'maintain' ? 'maintained' : 'retained'})</span>
                  </td>
                  <td>
                    <span className={statusBadge[item.status]}>{statusWords[item.status]}</span>
                  </td>
                  <td>
                    {item.documents.map((d) => (
                      <div key={d.number}>
                        <a className="mono" href={routeHref({ screen: 'document', number: d.number })}>
                          {d.number}
                        </a>{' '}
                        {d.revision} <span className="muted">{d.coverage === 'in-force' ? '' : d.coverage === 'review-overdue' ? 'review overdue' : 'draft'}</span>
                      </div>
                    ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <h2>Document-control findings</h2>
          <Finding title="Periodic reviews overdue" empty="No periodic review is overdue." rows={a.findings.overdueReviews.map((r) => `${r.number} ${r.revision} ${r.title}: due ${r.nextReviewDate} (owner ${r.owner})`)} />
          <Finding title="Training outstanding" empty="Everyone assigned has acknowledged the revision in force." rows={a.findings.training.map((t) => `${t.number} ${t.revision}: ${t.fullName}${t.dueDate ? `, due ${t.dueDate}` : ''}${t.overdue ? ' — overdue' : ''}`)} />
          <Finding title="Controlled copies not yet recalled" empty="Every superseded controlled copy has been recalled." rows={a.findings.copiesNotRecalled.map((c) => `${c.number} ${c.revision} copy ${c.copyNumber}: ${c.copyholder}, ${c.location}`)} />
          <Finding title="External documents without a source" empty="Every external document names its source." rows={a.findings.externalWithoutSource.map((d) => `${d.number} ${d.title}`)} />
          <Finding title="Documents without an active owner" empty="Every document has an active owner." rows={a.findings.withoutOwner.map((d) => `${d.number} ${d.title} (owner ${d.owner} is disabled)`)} />
        </>
      )}
    </section>
  );
}
