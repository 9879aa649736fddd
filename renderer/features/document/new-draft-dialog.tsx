import { useState } from 'react';
import type { DocumentDetail } from '../../../shared/contract';
import { errorSentence } from '../../api';
import { ErrorMessage } from '../../components/error-message';
import { ModalDialog } from '../../components/modal-dialog';

/** Starts the next draft revision from a new file, with the reason for the change. */
export function NewDraftDialog({ document: d, onCreate, onClose }: { document: DocumentDetail; onCreate: (file: File, changeSummary: string | undefined, rendition: File | null) => Promise<void>; onClose: () => void }) {
  const [file, setFile] = useState<File | null>(null);
  const [rendition, setRendition] = useState<File | null>(null);
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
      await onCreate(file, summary.trim() === '' ? undefined : summary, rendition);
      onClose();
    } catch (e) {
      setError(errorSentence(e));
      setBusy(false);
    }
  };
  return (
    <ModalDialog title={`New draft of ${d.number}`} submitLabel="Create draft" busy={busy} onClose={onClose} onSubmit={submit}>
      <label className="field">
        <span>File</span>
        <input type="file" onChange={(e) => setFile(e.target.files?.[0] ?? null)} required />
      </label>
      <label className="field">
        <span>PDF of it (optional, for a Word or other office file: signed with it and used for printing)</span>
        <input type="file" accept="application/pdf,.pdf" onChange={(e) => setRendition(e.target.files?.[0] ?? null)} />
      </label>
      <label className="field">
        <span>Change summary — what changed and why</span>
        <textarea rows={4} value={summary} onChange={(e) => setSummary(e.target.value)} maxLength={4000} />
      </label>
      <ErrorMessage message={error} />
    </ModalDialog>
  );
}
