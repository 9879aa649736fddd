import type { Route } from '../../../shared/contract';
import { shortHash, localTime } from '../../components/format';
import { StateBadge } from '../../components/state-badge';

const taskStates: Record<Route['tasks'][number]['state'], string> = { pending: 'Pending', signed: 'Signed', rejected: 'Rejected', closed: 'Closed' };
const routeStates: Record<Route['state'], string> = { open: 'Open', completed: 'Completed', rejected: 'Rejected', cancelled: 'Cancelled' };

/** The review and approval route of the newest revision: who signs in what order, and who has. */
export function RoutePanel({ route }: { route: Route | null }) {
  if (!route) return <p className="empty">This revision has not been routed yet.</p>;
  return (
    <div className="route-panel">
      <p className="route-summary">
        Revision <span className="mono strong">{route.revision}</span> <StateBadge state={route.revisionState} /> · route <strong>{routeStates[route.state]}</strong> · approval{' '}
        {route.approvalMode} · opened {localTime(route.openedAt)}
        {route.closedAt && <> · closed {localTime(route.closedAt)}</>} · frozen content <span className="mono" title={route.contentSha256}>{shortHash(route.contentSha256)}</span>
      </p>
      <ol className="route-tasks">
        {route.tasks.map((t) => (
          <li key={t.id} className={`route-task task-${t.state}`}>
            <span className="task-stage">{t.stage === 'review' ? 'Review' : 'Approval'}</span>
            <span className="task-who">{t.assignee.fullName}</span>
            <span className={`task-state task-state-${t.state}`}>{taskStates[t.state]}</span>
            <span className="muted small">{t.completedAt ? localTime(t.completedAt) : t.dueDate ? `due ${t.dueDate}` : ''}</span>
          </li>
        ))}
      </ol>
    </div>
  );
}
