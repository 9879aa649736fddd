import { useState, type ReactNode } from 'react';
import { ErrorMessage } from '../../components/error-message';
import { ModalDialog } from '../../components/modal-dialog';
import { useDialogSubmit } from '../../components/use-dialog-submit';

interface ReasonDialogProps {
  title: string;
  intro?: ReactNode;
  submitLabel: string;
  danger?: boolean;
  /** The act's own fields, above the reason. */
  children?: ReactNode;
  /** Carries out the act with the reason; resolves with what to tell the administrator. */
  onSubmit: (reason: string) => Promise<string>;
  onDone: (message: string) => void;
  onClose: () => void;
}

/** Every administrative change asks why: the reason goes into the change's audit event. */
export function ReasonDialog({ title, intro, submitLabel, danger, children, onSubmit, onDone, onClose }: ReasonDialogProps) {
  const [reason, setReason] = useState('');
  const { busy, error, submit } = useDialogSubmit(async () => onDone(await onSubmit(reason)), onClose);
  return (
    <ModalDialog title={title} submitLabel={submitLabel} danger={danger} busy={busy} onClose={onClose} onSubmit={submit}>
      {intro && <div className="dialog-intro">{intro}</div>}
      {children}
      <label className="field">
        <span>Reason (recorded in the audit trail)</span>
        <input name="reason" value={reason} onChange={(e) => setReason(e.target.value)} maxLength={500} required aria-required="true" autoFocus={!children} />
      </label>
      <ErrorMessage message={error} />
    </ModalDialog>
  );
}
