import { useId, useState } from 'react';
import type { DocumentDetail } from '../../../shared/contract';
import { revisionStateInWords } from '../../../shared/lifecycle';
import { useSession } from '../../app/session-context';
import { ErrorMessage } from '../../components/error-message';
import { ModalDialog } from '../../components/modal-dialog';
import { PrintedDialog } from '../../components/printed-dialog';
import { usePrintToPdf } from '../../components/use-print-to-pdf';

/**
 * Print a revision to PDF: an uncontrolled copy (anyone who may print) or a numbered controlled copy of
 * the effective revision (copyholder required). The core decides; its refusal is shown as it says it.
 */
export function PrintDialog({ document: d, onPrinted, onClose }: { document: DocumentDetail; onPrinted: () => void; onClose: () => void }) {
  const session = useSession();
  const printable = d.revisions.filter((r) => r.acts.includes('print'));
  // The core's current revision is the effective one when there is one: what the shop floor works to.
  const [label, setLabel] = useState(d.currentRevision?.label ?? printable[printable.length - 1]?.label ?? '');
  const [mode, setMode] = useState<'uncontrolled' | 'controlled'>('uncontrolled');
  const [copyholder, setCopyholder] = useState('');
  const [location, setLocation] = useState('');
  const { busy, error, printed, print: printWith } = usePrintToPdf(onPrinted);
  const id = useId();
  const canControl = session.can('prints.controlled');

  const print = () => {
    const input =
      mode === 'controlled'
        ? { number: d.number, label, mode, copyholder: copyholder.trim() || undefined, location: location.trim() || undefined }
        : { number: d.number, label, mode };
    return printWith(input, `${d.number} ${label} ${mode === 'controlled' ? 'controlled copy' : 'uncontrolled'}.pdf`);
  };

  if (printed) return <PrintedDialog printed={printed} onClose={onClose} />;
  return (
    <ModalDialog title={`Print ${d.number}`} submitLabel="Print to PDF" busy={busy} onClose={onClose} onSubmit={print}>
      <label className="field" htmlFor={`${id}-revision`}>
        <span>Revision</span>
        <select id={`${id}-revision`} value={label} onChange={(e) => setLabel(e.target.value)}>
          {[...printable].reverse().map((r) => (
            <option key={r.id} value={r.label}>
              {r.label} ({revisionStateInWords(r.state)})
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
