import { useState } from 'react';
import type { DocumentDetail } from '../../../shared/contract';
import { errorSentence } from '../../api';
import { ErrorMessage } from '../../components/error-message';
import { ModalDialog } from '../../components/modal-dialog';

interface NewDraftWording {
  title: string;
  submitLabel: string;
  summaryLabel: string;
}

/** Starts the next draft revision from a new file, with the reason for the change (or, worded so, gives an open draft a new file). */
export function NewDraftDialog({ document: d, wording, onCreate, onClose }: { document: DocumentDetail; wording?: NewDraftWording; onCreate: (file: File, changeSummary: string | undefined) => Promise<void>; onClose: () => void }) {
  const [file, setFile] = useState<File | null>(null);
  const [summary, setSummary] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const submit = async () => {
    if (!file) {
      setError('Choose the file of the new draft.');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await onCreate(file, summary.trim() === '' ? undefined : summary);
      onClose();
    } catch (e) {
      setError(errorSentence(e));
      setBusy(false);
    }
  };
  return (
    <ModalDialog title={wording?.title ?? `New draft of ${d.number}`} submitLabel={wording?.submitLabel ?? 'Create draft'} busy={busy} onClose={onClose} onSubmit={submit}>
      <label className="field">
        <span>File</span>
        <input type="file" onChange={(e) => setFile(e.target.files?.[0] ?? null)} required />
      </label>
      <label className="field">
        <span>{wording?.summaryLabel ?? 'Change summary — what changed and why'}</span>
        <textarea rows={4} value={summary} onChange={(e) => setSummary(e.target.value)} maxLength={4000} />
      </label>
      <ErrorMessage message={error} />
    </ModalDialog>
  );
}
