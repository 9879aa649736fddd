import { useState } from 'react';
import type { ControlledCopy } from '../../../shared/contract';
import { call } from '../../api';
import { ErrorMessage } from '../../components/error-message';
import { useLoad } from '../../components/use-load';
import { CopiesTable } from './copies-table';
import { RecallDialog } from './recall-dialog';

/** The controller's to-do list: every controlled copy, across the register, that must come back. */
export function DueForRecallScreen() {
  const due = useLoad(() => call('copies.dueForRecall', {}), []);
  const [recalling, setRecalling] = useState<ControlledCopy | null>(null);
  const [done, setDone] = useState<string | null>(null);
  return (
    <section aria-labelledby="recall-title">
      <div className="page-head">
        <h1 id="recall-title">Controlled copies due for recall</h1>
        <span className="muted">{due.data ? `${due.data.length} cop${due.data.length === 1 ? 'y' : 'ies'}` : 'Loading…'}</span>
      </div>
      {done && (
        <p className="success" role="status">
          {done}
        </p>
      )}
      <ErrorMessage message={due.error} />
      {due.data && due.data.length === 0 && <p className="empty">No copy is due for recall.</p>}
      {due.data && due.data.length > 0 && <CopiesTable copies={due.data} showDocument onRecall={setRecalling} />}
      {recalling && (
        <RecallDialog
          copy={recalling}
          onClose={() => setRecalling(null)}
          onRecalled={() => {
            setDone(`Recorded: controlled copy No. ${recalling.copyNumber} of ${recalling.document} ${recalling.revision} is recalled.`);
            due.reload();
          }}
        />
      )}
    </section>
  );
}
