import type { AuditEntry } from '../../../shared/contract';
import { auditEventSentence } from '../../../shared/messages/en/audit-event-sentences';
import { localTime } from '../../components/format';

/** Audit events as an auditor reads them: when (local time, zone named), who, what happened in words, and why. */
export function AuditTrailTable({ events, showNumbers = true }: { events: AuditEntry[]; showNumbers?: boolean }) {
  if (events.length === 0) return <p className="empty">No audit events.</p>;
  return (
    <table className="data-table audit-table">
      <thead>
        <tr>
          {showNumbers && <th scope="col">#</th>}
          <th scope="col">When</th>
          <th scope="col">Who</th>
          <th scope="col">What happened</th>
          <th scope="col">Reason</th>
          <th scope="col">Workstation</th>
        </tr>
      </thead>
      <tbody>
        {events.map((e) => (
          <tr key={e.id}>
            {showNumbers && <td className="mono small">{e.id}</td>}
            <td className="nowrap small">
              <time dateTime={e.occurredAt} title={`${e.occurredAt} (UTC, as recorded)`}>
                {localTime(e.occurredAt)}
              </time>
            </td>
            <td>{e.user ?? <span className="muted">Quire</span>}</td>
            <td className="audit-sentence" title={e.action}>
              {auditEventSentence(e)}
            </td>
            <td>{e.reason ?? ''}</td>
            <td className="small">{e.workstation}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
