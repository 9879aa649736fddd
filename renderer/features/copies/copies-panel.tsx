import { useState } from 'react';
import type { ControlledCopy } from '../../../shared/contract';
import { call } from '../../api';
import { useSession } from '../../app/session-context';
import { ErrorMessage } from '../../components/error-message';
import { useLoad } from '../../components/use-load';
import { CopiesTable } from './copies-table';
import { RecallDialog } from './recall-dialog';

/** The controlled-copy register of one document (copies.list), with the signed recall. */
export function CopiesPanel({ number, generation, onChanged }: { number: string; generation: number; onChanged: () => void }) {
  const session = useSession();
  const copies = useLoad(() => call('copies.list', { number }), [number, generation]);
  const [recalling, setRecalling] = useState<ControlledCopy | null>(null);
  const [done, setDone] = useState<string | null>(null);
  if (!copies.data) return copies.error ? <ErrorMessage message={copies.error} /> : <p className="muted">Loading the copies…</p>;
  return (
    <div>
      {done && (
        <p className="success" role="status">
          {done}
        </p>
      )}
      {copies.data.length === 0 ? (
        <p className="empty">No controlled copies have been issued.</p>
      ) : (
        <CopiesTable copies={copies.data} onRecall={session.can('prints.controlled') ? setRecalling : undefined} />
      )}
      {recalling && (
        <RecallDialog
          copy={recalling}
          onClose={() => setRecalling(null)}
          onRecalled={() => {
            setDone(`Recorded: controlled copy No. ${recalling.copyNumber} of ${recalling.document} ${recalling.revision} is recalled.`);
            copies.reload();
            onChanged();
          }}
        />
      )}
    </div>
  );
}
