import { useState, type ReactNode } from 'react';
import { ErrorMessage } from './error-message';
import { ModalDialog } from './modal-dialog';
import { useDialogSubmit } from './use-dialog-submit';

interface CommentDialogProps {
  title: string;
  intro: string;
  label: string;
  submitLabel: string;
  danger?: boolean;
  onSubmit: (text: string) => Promise<void>;
  onClose: () => void;
  /** Shown above the form in a large dialog (the document a rejection is about). */
  aside?: ReactNode;
}

/** Asks for a reason or comment before an act that requires one (rejection, cancellation, withdrawal). */
export function CommentDialog({ title, intro, label, submitLabel, danger, onSubmit, onClose, aside }: CommentDialogProps) {
  const [text, setText] = useState('');
  const { busy, error, submit } = useDialogSubmit(() => onSubmit(text), onClose);
  return (
    <ModalDialog title={title} submitLabel={submitLabel} danger={danger} busy={busy} onClose={onClose} onSubmit={submit} large={Boolean(aside)}>
      {aside}
      <p>{intro}</p>
      <label className="field">
        <span>{label} (required)</span>
        <textarea rows={4} value={text} onChange={(e) => setText(e.target.value)} maxLength={4000} autoFocus={!aside} aria-required="true" />
      </label>
      <ErrorMessage message={error} />
    </ModalDialog>
  );
}
