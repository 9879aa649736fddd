import { call } from '../../api';
import { ErrorMessage } from '../../components/error-message';
import { useLoad } from '../../components/use-load';
import { CopiesTable } from './copies-table';
import { useRecallFlow } from './use-recall-flow';

/** The controller's to-do list: every controlled copy, across the register, that must come back. */
export function DueForRecallScreen() {
  const due = useLoad(() => call('copies.dueForRecall', {}), []);
  const recall = useRecallFlow(() => due.reload());
  return (
    <section aria-labelledby="recall-title">
      <div className="page-head">
        <h1 id="recall-title">Controlled copies due for recall</h1>
        <span className="muted">{due.data ? `${due.data.length} cop${due.data.length === 1 ? 'y' : 'ies'}` : 'Loading…'}</span>
      </div>
      {recall.notice}
      <ErrorMessage message={due.error} />
      {due.data && due.data.length === 0 && <p className="empty">No copy is due for recall.</p>}
      {due.data && due.data.length > 0 && <CopiesTable copies={due.data} showDocument onRecall={recall.startRecall} />}
      {recall.dialog}
    </section>
  );
}
