import type { ReactNode } from 'react';
import type { VaultState } from '../../../shared/contract';
import { revisionBadgeLabel } from '../../../shared/lifecycle';
import { routeHref } from '../../app/use-hash-route';

const documentLink = (number: string) => (
  <a className="mono" href={routeHref({ screen: 'document', number })}>
    {number}
  </a>
);

interface Row {
  key: string;
  cells: ReactNode[];
  overdue?: boolean;
}

/** A titled list on the home page: its count (of how many), a table of its lines, and where the work is done. */
function Panel({ id, title, total, headers, rows, more }: { id: string; title: string; total: number; headers: string[]; rows: Row[]; more?: { href: string; label: string } }) {
  return (
    <section aria-labelledby={id} className="home-panel">
      <h2 id={id}>
        {title} <span className="count-muted">({total > rows.length ? `${rows.length} of ${total}` : total})</span>
      </h2>
      {total === 0 ? (
        <p className="empty">None.</p>
      ) : (
        <table className="data-table">
          <thead>
            <tr>
              {headers.map((h) => (
                <th key={h} scope="col">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key} className={row.overdue ? 'overdue' : undefined}>
                {row.cells.map((cell, i) => (
                  <td key={headers[i]}>{cell}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {more && (
        <p>
          <a href={more.href}>{more.label}</a>
        </p>
      )}
    </section>
  );
}

/** How much of the training is done: the count, and a meter with its percentage. */
function progressCells(p: { assigned: number; acknowledged: number; percentComplete: number }, name: string): ReactNode[] {
  return [
    `${p.acknowledged} of ${p.assigned}`,
    <>
      <meter min={0} max={100} value={p.percentComplete} aria-label={`${name} training complete`} /> {p.percentComplete}%
    </>,
  ];
}

const mono = (text: string) => <span className="mono">{text}</span>;

/** A controller's view of the vault: reviews due, releases waiting, copies to recall, training, ownerless documents. */
export function VaultStatePanels({ state }: { state: VaultState }) {
  const { totals } = state;
  return (
    <div className="home-panels">
      <Panel
        id="home-reviews"
        title="Periodic reviews due"
        total={totals.reviewsDue}
        headers={['Document', 'Title', 'Revision', 'Owner', 'Next review']}
        rows={state.reviewsDue.map((r) => ({
          key: r.document,
          overdue: r.overdue,
          cells: [documentLink(r.document), r.title, mono(r.revision), r.owner, <>{r.nextReviewDate} {r.overdue && <span className="badge badge-rejected">Overdue</span>}</>],
        }))}
        more={{ href: routeHref({ screen: 'reviews' }), label: 'Open the periodic reviews' }}
      />
      <Panel
        id="home-releases"
        title="Releases waiting for their effective date"
        total={totals.pendingReleases}
        headers={['Document', 'Title', 'Revision', 'State']}
        rows={state.pendingReleases.map((r) => ({ key: r.document, cells: [documentLink(r.document), r.title, mono(r.revision), <span className="badge badge-released">{revisionBadgeLabel('approved', r.effectiveDate)}</span>] }))}
      />
      <Panel
        id="home-recall"
        title="Controlled copies due for recall"
        total={totals.copiesDueForRecall}
        headers={['Document', 'Revision', 'Copy', 'Copyholder', 'Location']}
        rows={state.copiesDueForRecall.map((c) => ({ key: `${c.document}-${c.copyNumber}`, cells: [documentLink(c.document), mono(c.revision), `No. ${c.copyNumber}`, c.copyholder, c.location] }))}
        more={{ href: routeHref({ screen: 'recall' }), label: 'Record returned copies' }}
      />
      <Panel
        id="home-training-documents"
        title="Training outstanding, by document"
        total={totals.trainingByDocument}
        headers={['Document', 'Title', 'Revision', 'Acknowledged', 'Complete']}
        rows={state.trainingByDocument.map((t) => ({ key: t.document, cells: [documentLink(t.document), t.title, mono(t.revision), ...progressCells(t, t.document)] }))}
      />
      <Panel
        id="home-training-people"
        title="Training outstanding, by person"
        total={totals.trainingByPerson}
        more={{ href: routeHref({ screen: 'training' }), label: 'Everyone’s outstanding training' }}
        headers={['Person', 'Acknowledged', 'Complete']}
        rows={state.trainingByPerson.map((p) => ({ key: p.user, cells: [<>{p.fullName} <span className="muted">({p.user})</span></>, ...progressCells(p, p.user)] }))}
      />
      <Panel
        id="home-ownerless"
        title="Documents without an owner"
        total={totals.documentsWithoutOwner}
        headers={['Document', 'Title', 'Owner (account disabled)']}
        rows={state.documentsWithoutOwner.map((d) => ({ key: d.document, cells: [documentLink(d.document), d.title, <>{d.owner.fullName} <span className="muted">({d.owner.username})</span></>] }))}
      />
    </div>
  );
}
