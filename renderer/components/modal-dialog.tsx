import { useEffect, useRef, type FormEvent, type ReactNode } from 'react';

interface ModalDialogProps {
  title: string;
  children: ReactNode;
  onClose: () => void;
  onSubmit: () => void;
  submitLabel: string;
  busy?: boolean;
  danger?: boolean;
  wide?: boolean;
  /** A large dialog, for a document shown beside the form (signing). */
  large?: boolean;
  /** The act is not possible yet (the document has not been shown): the submit button waits. */
  submitDisabled?: boolean;
}

/**
 * A modal form on the native <dialog>: the browser traps focus, Escape closes it, and focus returns to
 * the button that opened it (put back by hand: the dialog is unmounted, not just closed, and a browser
 * left to itself may drop focus on the page body).
 */
export function ModalDialog({ title, children, onClose, onSubmit, submitLabel, busy, danger, wide, large, submitDisabled }: ModalDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (dialog && !dialog.open) dialog.showModal();
    return () => {
      dialog?.close();
      // After the re-render that removed the dialog; the opener may itself have been replaced by then. Only
      // where focus was dropped: a field the user has meanwhile moved to keeps it.
      requestAnimationFrame(() => {
        const dropped = document.activeElement === null || document.activeElement === document.body;
        if (dropped && opener?.isConnected) opener.focus();
      });
    };
  }, []);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!busy && !submitDisabled) onSubmit();
  };
  return (
    <dialog
      ref={ref}
      className={large ? 'modal modal-large' : wide ? 'modal modal-wide' : 'modal'}
      aria-labelledby="modal-title"
      onCancel={(event) => {
        event.preventDefault();
        if (!busy) onClose();
      }}
    >
      <form onSubmit={submit}>
        <h2 id="modal-title">{title}</h2>
        <div className="modal-body">{children}</div>
        <div className="modal-actions">
          <button type="button" onClick={onClose} disabled={busy}>
            Cancel
          </button>
          <button type="submit" className={danger ? 'danger' : 'primary'} disabled={busy || submitDisabled}>
            {busy ? 'Working…' : submitLabel}
          </button>
        </div>
      </form>
    </dialog>
  );
}
