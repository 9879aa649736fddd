import { useState } from 'react';
import { call } from '../../api';
import { useSession } from '../../app/session-context';
import { ErrorMessage } from '../../components/error-message';
import { useLoad } from '../../components/use-load';
import { TaskTable } from '../inbox/task-table';
import { VaultStatePanels } from './vault-state-panels';

/** The page after sign-in: what is waiting for you, and for a controller what the vault needs. */
export function HomePage() {
  const session = useSession();
  const home = useLoad(() => call('home.summary', {}), []);
  const [done, setDone] = useState<string | null>(null);
  const finished = (message: string) => {
    setDone(message);
    home.reload();
    session.refreshInbox();
  };
  const tasks = home.data?.tasks ?? [];

  return (
    <section aria-labelledby="home-title" className="home-page">
      <div className="page-head">
        <h1 id="home-title">Home</h1>
        <span className="muted">{session.user.fullName}</span>
      </div>
      {done && (
        <p className="success" role="status">
          {done}
        </p>
      )}
      <ErrorMessage message={home.error} />
      <section aria-labelledby="my-tasks-title">
        <h2 id="my-tasks-title">My tasks {home.data && <span className="count-muted">({tasks.length})</span>}</h2>
        {!home.data && !home.error && <p className="muted">Loading…</p>}
        {home.data && tasks.length === 0 && <p className="empty">Nothing is waiting for you.</p>}
        {tasks.length > 0 && <TaskTable tasks={tasks} onDone={finished} />}
      </section>
      {home.data?.vault && <VaultStatePanels state={home.data.vault} />}
    </section>
  );
}
