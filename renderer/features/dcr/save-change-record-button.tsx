import { useState } from 'react';
import { errorSentence, saveFileFromCore } from '../../api';
import { ErrorMessage } from '../../components/error-message';

/**
 * Saves a document's change record as the PDF the core writes (the one the audit pack holds): in the desktop
 * app through the Save dialog, in a browser as a download. What an auditor asks to take away.
 */
export function SaveChangeRecordButton({ number }: { number: string }) {
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const save = async () => {
    setBusy(true);
    setSaved(null);
    setError(null);
    try {
      const result = await saveFileFromCore('changeRecords.exportPdf', { number }, `${number} change record.pdf`);
      if (result) setSaved(`Change record saved as PDF: ${result.revisions} revision${result.revisions === 1 ? '' : 's'}.`);
    } catch (e) {
      setError(errorSentence(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="toolbar">
      <button type="button" onClick={() => void save()} disabled={busy}>
        {busy ? 'Saving…' : 'Save change record (PDF)'}
      </button>
      {saved && (
        <span className="success" role="status">
          {saved}
        </span>
      )}
      <ErrorMessage message={error} />
    </div>
  );
}
