import { useState, type ReactNode } from 'react';
import type { ControlledCopy } from '../../../shared/contract';
import { RecallDialog } from './recall-dialog';

/**
 * The signed recall of a controlled copy as a screen uses it: a function to start it from a row,
 * the dialog while it is open, and the confirmation once it is recorded.
 */
export function useRecallFlow(onRecalled: () => void): { startRecall: (copy: ControlledCopy) => void; notice: ReactNode; dialog: ReactNode } {
  const [recalling, setRecalling] = useState<ControlledCopy | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const notice = done && (
    <p className="success" role="status">
      {done}
    </p>
  );
  const dialog = recalling && (
    <RecallDialog
      copy={recalling}
      onClose={() => setRecalling(null)}
      onRecalled={() => {
        setDone(`Recorded: controlled copy No. ${recalling.copyNumber} of ${recalling.document} ${recalling.revision} is recalled.`);
        onRecalled();
      }}
    />
  );
  return { startRecall: setRecalling, notice, dialog };
}
