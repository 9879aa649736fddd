import { useId, useState } from 'react';
import type { DocumentDetail } from '../../../shared/contract';
import { errorSentence, printToPdf, type PrintOutcome } from '../../api';
import { useSession } from '../../app/session-context';
import { ErrorMessage } from '../../components/error-message';
import { ModalDialog } from '../../components/modal-dialog';

/**
 * Print a revision to PDF: an uncontrolled copy (anyone who may print) or a numbered controlled copy of
 * the effective revision (copyholder required). The core decides; its refusal is shown as it says it.
 */
export function PrintDialog({ document: d, onPrinted, onClose }: { document: DocumentDetail; onPrinted: () => void; onClose: () => void }) {
  const session = useSession();
  const effective = d.revisions.find((r) => r.state === 'effective');
  const [label, setLabel] = useState(effective?.label ?? d.currentRevision?.label ?? d.revisions[d.revisions.length - 1]?.label ?? '');
  const [mode, setMode] = useState<'uncontrolled' | 'controlled'>('uncontrolled');
  const [copyholder, setCopyholder] = useState('');
  const [location, setLocation] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [printed, setPrinted] = useState<PrintOutcome | null>(null);
  const id = useId();
  const canControl = session.can('prints.controlled');

  const print = async () => {
    setBusy(true);
    setError(null);
    try {
      const input =
        mode === 'controlled'
          ? { number: d.number, label, mode, copyholder: copyholder.trim() || undefined, location: location.trim() || undefined }
          : { number: d.number, label, mode };
      const outcome = await printToPdf(input, `${d.number} ${label} ${mode === 'controlled' ? 'controlled copy' : 'uncontrolled'}.pdf`);
      if (outcome) {
        setPrinted(outcome);
        onPrinted();
      }
    } catch (e) {
      setError(errorSentence(e));
    } finally {
      setBusy(false);
    }
  };

  if (printed) {
    return (
      <ModalDialog title={`Printed ${printed.document} revision ${printed.revision}`} submitLabel="Close" onClose={onClose} onSubmit={onClose}>
        <div className="print-result" role="status">
          <p>
            {printed.kind === 'uncontrolled' ? 'Uncontrolled copy' : `${printed.kind === 'reprint' ? 'Reprint of controlled' : 'Controlled'} copy No. ${printed.copyNumber}`} — {printed.pages} page(s),{' '}
            {printed.mode === 'stamped' ? 'stamped on every page' : 'behind a stamped cover sheet'}.
          </p>
          <p className="verification">
            Verification code <span className="mono strong verification-code">{printed.verificationCode}</span>
          </p>
          <p className="muted small">Anyone holding the paper can check it with this code under “Verify a paper copy”.</p>
          {printed.coverSheetReason && <p className="notice">{printed.coverSheetReason}</p>}
        </div>
      </ModalDialog>
    );
  }
  return (
    <ModalDialog title={`Print ${d.number}`} submitLabel="Print to PDF" busy={busy} onClose={onClose} onSubmit={print}>
      <label className="field" htmlFor={`${id}-revision`}>
        <span>Revision</span>
        <select id={`${id}-revision`} value={label} onChange={(e) => setLabel(e.target.value)}>
          {[...d.revisions].reverse().map((r) => (
            <option key={r.id} value={r.label}>
              {r.label} ({r.state.replace('_', ' ')})
            </option>
          ))}
        </select>
      </label>
      <fieldset className="picker">
        <legend>Kind of copy</legend>
        <label className="check">
          <input type="radio" name={`${id}-mode`} checked={mode === 'uncontrolled'} onChange={() => setMode('uncontrolled')} /> Uncontrolled copy (for information; not kept up to date)
        </label>
        <label className="check">
          <input type="radio" name={`${id}-mode`} checked={mode === 'controlled'} disabled={!canControl} onChange={() => setMode('controlled')} /> Controlled copy (numbered, issued to a copyholder, recalled when superseded)
        </label>
        {!canControl && <p className="muted small">Only a document controller may issue controlled copies.</p>}
      </fieldset>
      {mode === 'controlled' && (
        <>
          <label className="field" htmlFor={`${id}-holder`}>
            <span>Copyholder</span>
            <input id={`${id}-holder`} value={copyholder} onChange={(e) => setCopyholder(e.target.value)} maxLength={200} />
          </label>
          <label className="field" htmlFor={`${id}-location`}>
            <span>Location (optional)</span>
            <input id={`${id}-location`} value={location} onChange={(e) => setLocation(e.target.value)} maxLength={200} />
          </label>
        </>
      )}
      <ErrorMessage message={error} />
    </ModalDialog>
  );
}
