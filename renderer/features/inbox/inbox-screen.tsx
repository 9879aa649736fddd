import { useState } from 'react';
import { call } from '../../api';
import { useSession } from '../../app/session-context';
import { ErrorMessage } from '../../components/error-message';
import { useLoad } from '../../components/use-load';
import { TaskTable } from './task-table';

/** The user's inbox: what waits for their signature or their work, oldest obligations first. */
export function InboxScreen() {
  const session = useSession();
  const tasks = useLoad(() => call('tasks.mine', {}), []);
  const [done, setDone] = useState<string | null>(null);
  const finished = (message: string) => {
    setDone(message);
    tasks.reload();
    session.refreshInbox();
  };

  return (
    <section aria-labelledby="inbox-title">
      <div className="page-head">
        <h1 id="inbox-title">Inbox</h1>
        <span className="muted">{tasks.data ? `${tasks.data.length} task${tasks.data.length === 1 ? '' : 's'}` : 'Loading…'}</span>
      </div>
      {done && (
        <p className="success" role="status">
          {done}
        </p>
      )}
      <ErrorMessage message={tasks.error} />
      {tasks.data && tasks.data.length === 0 && <p className="empty">Nothing is waiting for you.</p>}
      {tasks.data && tasks.data.length > 0 && <TaskTable tasks={tasks.data} onDone={finished} />}
    </section>
  );
}
