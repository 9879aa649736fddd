import type { AuditEvent } from '../../../shared/contract';
import { utcTime } from '../../components/format';

function details(event: AuditEvent): string {
  const value = event.newValue ?? event.oldValue;
  if (value === null || value === undefined) return '';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 160 ? `${text.slice(0, 160)}…` : text;
}

/** The audit events of one document and its revisions, oldest first, exactly as recorded. */
export function AuditTrailTable({ events }: { events: AuditEvent[] }) {
  if (events.length === 0) return <p className="empty">No audit events.</p>;
  return (
    <table className="data-table audit-table">
      <thead>
        <tr>
          <th scope="col">#</th>
          <th scope="col">When (UTC)</th>
          <th scope="col">User</th>
          <th scope="col">Workstation</th>
          <th scope="col">Action</th>
          <th scope="col">Details</th>
          <th scope="col">Reason</th>
        </tr>
      </thead>
      <tbody>
        {events.map((e) => (
          <tr key={e.id}>
            <td className="mono small">{e.id}</td>
            <td className="nowrap small">{utcTime(e.occurredAt)}</td>
            <td>{e.user ?? <span className="muted">system</span>}</td>
            <td className="small">{e.workstation}</td>
            <td className="mono small">{e.action}</td>
            <td className="mono small details" title={details(e)}>
              {details(e)}
            </td>
            <td>{e.reason ?? ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
