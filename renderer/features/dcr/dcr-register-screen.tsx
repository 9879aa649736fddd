import { useState } from 'react';
import { changeRequestStates, type ChangeRequest, type ChangeRequestState } from '../../../shared/contract';
import { call } from '../../api';
import { useSession } from '../../app/session-context';
import { routeHref } from '../../app/use-hash-route';
import { ErrorMessage } from '../../components/error-message';
import { localTime } from '../../components/format';
import { useLoad } from '../../components/use-load';
import { DecideChangeDialog } from './decide-change-dialog';
import { DataTable } from '../../components/data-table';

const stateLabels: Record<ChangeRequestState, string> = { open: 'Open', accepted: 'Accepted', rejected: 'Rejected', implemented: 'Implemented' };

/** The change request register (#/dcrs?status=…): every request, filtered by status; open ones decided here. */
export function DcrRegisterScreen({ status }: { status: ChangeRequestState | undefined }) {
  const session = useSession();
  const [deciding, setDeciding] = useState<ChangeRequest | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const register = useLoad(() => call('changeRequests.list', { status }), [status]);
  // The core decides who may; the button shows only where it would be allowed.
  const mayDecide = (c: ChangeRequest) => c.state === 'open' && (session.can('documents.edit') || c.documentOwner === session.user.username);
  return (
    <section aria-labelledby="dcr-title">
      <h1 id="dcr-title">Change requests</h1>
      <nav className="filter-links" aria-label="Status">
        <a href={routeHref({ screen: 'dcrs' })} aria-current={status === undefined ? 'page' : undefined}>
          All
        </a>
        {changeRequestStates.map((s) => (
          <a key={s} href={routeHref({ screen: 'dcrs', status: s })} aria-current={status === s ? 'page' : undefined}>
            {stateLabels[s]}
          </a>
        ))}
      </nav>
      {message && (
        <p role="status" className="notice">
          {message}
        </p>
      )}
      <ErrorMessage message={register.error} />
      {register.data && register.data.length === 0 && <p className="muted">No change requests{status ? ` are ${status}` : ''}.</p>}
      {register.data && register.data.length > 0 && (
        <DataTable columns={['Request', 'Document', 'Reason', 'Requested', 'Status', 'Revision']} actions className="dcr-table">
          {register.data.map((c) => (
            <tr key={c.number}>
              <td className="mono">{c.number}</td>
              <td>
                <a className="mono" href={routeHref({ screen: 'document', number: c.document })}>
                  {c.document}
                </a>{' '}
                {c.title} <span className="muted">({c.against})</span>
              </td>
              <td>
                {c.reason}
                {c.proposal && <p className="small muted">Proposal: {c.proposal}</p>}
                {c.decisionComment && <p className="small muted">Decision: {c.decisionComment}</p>}
              </td>
              <td>
                {c.requestedBy.fullName}
                <br />
                <span className="small muted">{localTime(c.requestedAt)}</span>
              </td>
              <td>
                <span className={`badge badge-dcr-${c.state}`}>{stateLabels[c.state]}</span>
                {c.decidedBy && <p className="small muted">by {c.decidedBy.fullName}</p>}
              </td>
              <td className="mono">{c.implementedIn ?? c.draft ?? '—'}</td>
              <td className="actions">
                {mayDecide(c) && (
                  <button type="button" className="primary" onClick={() => setDeciding(c)} aria-label={`Decide ${c.number}`}>
                    Decide…
                  </button>
                )}
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      {deciding && (
        <DecideChangeDialog
          request={deciding}
          onClose={() => setDeciding(null)}
          onDecided={(text) => {
            setMessage(text);
            register.reload();
            session.refreshInbox();
          }}
        />
      )}
    </section>
  );
}
