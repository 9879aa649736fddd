import { call } from '../../api';
import { useSession } from '../../app/session-context';
import { ErrorMessage } from '../../components/error-message';
import { useLoad } from '../../components/use-load';
import { CopiesTable } from './copies-table';
import { useRecallFlow } from './use-recall-flow';

/** The controlled-copy register of one document (copies.list), with the signed recall. */
export function CopiesPanel({ number, generation, onChanged }: { number: string; generation: number; onChanged: () => void }) {
  const session = useSession();
  const copies = useLoad(() => call('copies.list', { number }), [number, generation]);
  const recall = useRecallFlow(() => {
    copies.reload();
    onChanged();
  });
  if (!copies.data) return copies.error ? <ErrorMessage message={copies.error} /> : <p className="muted">Loading the copies…</p>;
  return (
    <div>
      {recall.notice}
      {copies.data.length === 0 ? (
        <p className="empty">No controlled copies have been issued.</p>
      ) : (
        <CopiesTable copies={copies.data} onRecall={session.can('prints.controlled') ? recall.startRecall : undefined} />
      )}
      {recall.dialog}
    </div>
  );
}
