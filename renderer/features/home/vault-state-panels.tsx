import type { ReactNode } from 'react';
import type { VaultState } from '../../../shared/contract';
import { revisionBadgeLabel } from '../../../shared/lifecycle';
import { routeHref } from '../../app/use-hash-route';

const documentLink = (number: string) => (
  <a className="mono" href={routeHref({ screen: 'document', number })}>
    {number}
  </a>
);

/** How much of the training is done: the count and a meter with its percentage. */
function ProgressCells({ progress: p, name }: { progress: { assigned: number; acknowledged: number; percentComplete: number }; name: string }) {
  return (
    <>
      <td>
        {p.acknowledged} of {p.assigned}
      </td>
      <td>
        <meter min={0} max={100} value={p.percentComplete} aria-label={`${name} training complete`} /> {p.percentComplete}%
      </td>
    </>
  );
}

/** A titled list on the home page: its count (of how many), its rows, and where the work is done. */
function Panel({ id, title, shown, total, more, children }: { id: string; title: string; shown: number; total: number; more?: { href: string; label: string }; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="home-panel">
      <h2 id={id}>
        {title} <span className="count-muted">({total > shown ? `${shown} of ${total}` : total})</span>
      </h2>
      {total === 0 ? <p className="empty">None.</p> : children}
      {more && (
        <p>
          <a href={more.href}>{more.label}</a>
        </p>
      )}
    </section>
  );
}

/** A controller's view of the vault: reviews due, releases waiting, copies to recall, training, ownerless documents. */
export function VaultStatePanels({ state }: { state: VaultState }) {
  const { totals } = state;
  return (
    <div className="home-panels">
      <Panel id="home-reviews" title="Periodic reviews due" shown={state.reviewsDue.length} total={totals.reviewsDue} more={{ href: routeHref({ screen: 'reviews' }), label: 'Open the periodic reviews' }}>
        <table className="data-table">
          <thead>
            <tr><th scope="col">Document</th><th scope="col">Title</th><th scope="col">Revision</th><th scope="col">Owner</th><th scope="col">Next review</th></tr>
          </thead>
          <tbody>
            {state.reviewsDue.map((r) => (
              <tr key={r.document} className={r.overdue ? 'overdue' : undefined}>
                <td>{documentLink(r.document)}</td><td>{r.title}</td><td className="mono">{r.revision}</td><td>{r.owner}</td>
                <td>{r.nextReviewDate} {r.overdue && <span className="badge badge-rejected">Overdue</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Panel>
      <Panel id="home-releases" title="Releases waiting for their effective date" shown={state.pendingReleases.length} total={totals.pendingReleases}>
        <table className="data-table">
          <thead>
            <tr><th scope="col">Document</th><th scope="col">Title</th><th scope="col">Revision</th><th scope="col">State</th></tr>
          </thead>
          <tbody>
            {state.pendingReleases.map((r) => (
              <tr key={r.document}>
                <td>{documentLink(r.document)}</td><td>{r.title}</td><td className="mono">{r.revision}</td>
                <td><span className="badge badge-released">{revisionBadgeLabel('approved', r.effectiveDate)}</span></td>
              </tr>
            ))}
          </tbody>
        </table>
      </Panel>
      <Panel id="home-recall" title="Controlled copies due for recall" shown={state.copiesDueForRecall.length} total={totals.copiesDueForRecall} more={{ href: routeHref({ screen: 'recall' }), label: 'Record returned copies' }}>
        <table className="data-table">
          <thead>
            <tr><th scope="col">Document</th><th scope="col">Revision</th><th scope="col">Copy</th><th scope="col">Copyholder</th><th scope="col">Location</th></tr>
          </thead>
          <tbody>
            {state.copiesDueForRecall.map((c) => (
              <tr key={`${c.document}-${c.copyNumber}`}>
                <td>{documentLink(c.document)}</td><td className="mono">{c.revision}</td><td>No. {c.copyNumber}</td><td>{c.copyholder}</td><td>{c.location}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Panel>
      <Panel id="home-training-documents" title="Training outstanding, by document" shown={state.trainingByDocument.length} total={totals.trainingByDocument}>
        <table className="data-table">
          <thead>
            <tr><th scope="col">Document</th><th scope="col">Title</th><th scope="col">Revision</th><th scope="col">Acknowledged</th><th scope="col">Complete</th></tr>
          </thead>
          <tbody>
            {state.trainingByDocument.map((t) => (
              <tr key={t.document}>
                <td>{documentLink(t.document)}</td><td>{t.title}</td><td className="mono">{t.revision}</td>
                <ProgressCells progress={t} name={t.document} />
              </tr>
            ))}
          </tbody>
        </table>
      </Panel>
      <Panel id="home-training-people" title="Training outstanding, by person" shown={state.trainingByPerson.length} total={totals.trainingByPerson}>
        <table className="data-table">
          <thead>
            <tr><th scope="col">Person</th><th scope="col">Acknowledged</th><th scope="col">Complete</th></tr>
          </thead>
          <tbody>
            {state.trainingByPerson.map((p) => (
              <tr key={p.user}>
                <td>{p.fullName} <span className="muted">({p.user})</span></td>
                <ProgressCells progress={p} name={p.user} />
              </tr>
            ))}
          </tbody>
        </table>
      </Panel>
      <Panel id="home-ownerless" title="Documents without an owner" shown={state.documentsWithoutOwner.length} total={totals.documentsWithoutOwner}>
        <table className="data-table">
          <thead>
            <tr><th scope="col">Document</th><th scope="col">Title</th><th scope="col">Owner (account disabled)</th></tr>
          </thead>
          <tbody>
            {state.documentsWithoutOwner.map((d) => (
              <tr key={d.document}>
                <td>{documentLink(d.document)}</td><td>{d.title}</td><td>{d.owner.fullName} <span className="muted">({d.owner.username})</span></td>
              </tr>
            ))}
          </tbody>
        </table>
      </Panel>
    </div>
  );
}
