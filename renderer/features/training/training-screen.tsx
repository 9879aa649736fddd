import { call } from '../../api';
import { routeHref } from '../../app/use-hash-route';
import { useSession } from '../../app/session-context';
import { ErrorMessage } from '../../components/error-message';
import { useLoad } from '../../components/use-load';
import { DataTable } from '../../components/data-table';

/**
 * Read-and-understood training not yet acknowledged on effective revisions, oldest assignment first;
 * each person acknowledges from their home page, a controller assigns from the document page.
 */
export function TrainingScreen() {
  const session = useSession();
  const outstanding = useLoad(() => call('training.outstanding', {}), []);
  return (
    <section aria-labelledby="training-title">
      <div className="page-head">
        <h1 id="training-title">Training outstanding</h1>
        <span className="muted">{outstanding.data ? `${outstanding.data.length} not yet acknowledged` : 'Loading…'}</span>
        {session.can('training.manage') && <a href={routeHref({ screen: 'training-matrix' })}>Training matrix and job functions</a>}
      </div>
      <ErrorMessage message={outstanding.error} />
      {outstanding.data && outstanding.data.length === 0 && <p className="empty">Everyone has acknowledged what was assigned to them.</p>}
      {outstanding.data && outstanding.data.length > 0 && (
        <DataTable columns={['Document', 'Revision', 'Person', 'Due']} label="Training outstanding">
          {outstanding.data.map((o) => (
            <tr key={`${o.document}-${o.user}`} className={o.overdue ? 'overdue' : undefined}>
              <td className="mono">
                <a href={routeHref({ screen: 'document', number: o.document })}>{o.document}</a>
              </td>
              <td className="mono">{o.revision}</td>
              <td>
                {o.fullName} <span className="muted">({o.user})</span>
              </td>
              <td>
                {o.dueDate ?? '—'} {o.overdue && <span className="badge badge-rejected">Overdue</span>}
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </section>
  );
}
