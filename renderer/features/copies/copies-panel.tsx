import { useState } from 'react';
import type { ControlledCopy } from '../../../shared/contract';
import { call } from '../../api';
import { useSession } from '../../app/session-context';
import { ErrorMessage } from '../../components/error-message';
import { useLoad } from '../../components/use-load';
import { CopiesTable } from './copies-table';
import { ReprintDialog } from './reprint-dialog';
import { useRecallFlow } from './use-recall-flow';

/** The controlled-copy register of one document (copies.list), with reprints and the signed recall. */
export function CopiesPanel({ number, generation, onChanged }: { number: string; generation: number; onChanged: () => void }) {
  const session = useSession();
  const copies = useLoad(() => call('copies.list', { number }), [number, generation]);
  const [reprinting, setReprinting] = useState<ControlledCopy | null>(null);
  const changed = () => {
    copies.reload();
    onChanged();
  };
  const recall = useRecallFlow(changed);
  const controller = session.can('prints.controlled');
  if (!copies.data) return copies.error ? <ErrorMessage message={copies.error} /> : <p className="muted">Loading the copies…</p>;
  return (
    <div>
      {recall.notice}
      {copies.data.length === 0 ? (
        <p className="empty">No controlled copies have been issued.</p>
      ) : (
        <CopiesTable copies={copies.data} onRecall={controller ? recall.startRecall : undefined} onReprint={controller ? setReprinting : undefined} />
      )}
      {recall.dialog}
      {reprinting && <ReprintDialog copy={reprinting} onPrinted={changed} onClose={() => setReprinting(null)} />}
    </div>
  );
}
