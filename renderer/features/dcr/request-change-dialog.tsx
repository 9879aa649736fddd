import { useState } from 'react';
import { call, stageFile } from '../../api';
import { ErrorMessage } from '../../components/error-message';
import { ModalDialog } from '../../components/modal-dialog';
import { useDialogSubmit } from '../../components/use-dialog-submit';

/** Asks for a change to a document: the reason (required), a proposal and a marked-up file (optional). */
export function RequestChangeDialog({ number, onClose, onRequested }: { number: string; onClose: () => void; onRequested: (dcr: string) => void }) {
  const [reason, setReason] = useState('');
  const [proposal, setProposal] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const { busy, error, submit } = useDialogSubmit(async () => {
    const request = await call('changeRequests.create', { number, reason, proposal: proposal.trim() || undefined, file: file ? await stageFile(file) : undefined });
    onRequested(request.number);
  }, onClose);
  return (
    <ModalDialog title={`Request a change to ${number}`} submitLabel="Send the request" busy={busy} onClose={onClose} onSubmit={submit}>
      <p>The document&apos;s owner or a document controller decides it. You see its progress in the change request register.</p>
      <label className="field">
        <span>What is wrong or missing (required)</span>
        <textarea rows={3} value={reason} onChange={(e) => setReason(e.target.value)} maxLength={4000} autoFocus aria-required="true" />
      </label>
      <label className="field">
        <span>Your proposal (optional)</span>
        <textarea rows={3} value={proposal} onChange={(e) => setProposal(e.target.value)} maxLength={4000} />
      </label>
      <label className="field">
        <span>A marked-up copy (optional)</span>
        <input type="file" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
      </label>
      <ErrorMessage message={error} />
    </ModalDialog>
  );
}

/** The "Request a change" button of every document (its page and the viewer), with its dialog. */
export function RequestChangeButton({ number, onRequested }: { number: string; onRequested?: (dcr: string) => void }) {
  const [open, setOpen] = useState(false);
  const [sent, setSent] = useState<string | null>(null);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Request a change
      </button>
      {sent && (
        <span role="status" className="muted small">
          {' '}
          {sent} sent.
        </span>
      )}
      {open && (
        <RequestChangeDialog
          number={number}
          onClose={() => setOpen(false)}
          onRequested={(dcr) => {
            setSent(dcr);
            onRequested?.(dcr);
          }}
        />
      )}
    </>
  );
}
