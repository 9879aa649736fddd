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
export function NewDraftDialog({ document: d, wording, onCreate, onClose }: { document: DocumentDetail; wording?: NewDraftWording; onCreate: (file: File, changeSummary: string | undefined, rendition: File | null) => Promise<void>; onClose: () => void }) {
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
    <ModalDialog title={wording?.title ?? `New draft of ${d.number}`} submitLabel={wording?.submitLabel ?? 'Create draft'} busy={busy} onClose={onClose} onSubmit={submit}>
      <label className="field">
        <span>File</span>
        <input type="file" onChange={(e) => setFile(e.target.files?.[0] ?? null)} required />
      </label>
      {!wording && (
        // Replacing a draft's file takes the file alone; the author's PDF comes with a new draft.
        <label className="field">
          <span>PDF of it (optional, for a Word or other office file: signed with it and used for printing)</span>
          <input type="file" accept="application/pdf,.pdf" onChange={(e) => setRendition(e.target.files?.[0] ?? null)} />
        </label>
      )}
      <label className="field">
        <span>{wording?.summaryLabel ?? 'Change summary — what changed and why'}</span>
        <textarea rows={4} value={summary} onChange={(e) => setSummary(e.target.value)} maxLength={4000} />
      </label>
      <ErrorMessage message={error} />
    </ModalDialog>
  );
}
