import type { ControlledCopy } from '../../../shared/contract';
import { ErrorMessage } from '../../components/error-message';
import { ModalDialog } from '../../components/modal-dialog';
import { PrintedDialog } from '../../components/printed-dialog';
import { usePrintToPdf } from '../../components/use-print-to-pdf';

/**
 * Reprints an issued controlled copy (a worn or lost paper): same number, copyholder and location, the
 * paper says REPRINT, and the register counts the print. The core decides whether the copy may be reprinted.
 */
export function ReprintDialog({ copy, onPrinted, onClose }: { copy: ControlledCopy; onPrinted: () => void; onClose: () => void }) {
  const { busy, error, printed, print } = usePrintToPdf(onPrinted);
  const reprint = () =>
    print({ number: copy.document, label: copy.revision, mode: 'controlled', reprintOf: copy.copyNumber }, `${copy.document} ${copy.revision} controlled copy ${copy.copyNumber} reprint.pdf`);

  if (printed) return <PrintedDialog printed={printed} onClose={onClose} />;
  return (
    <ModalDialog title={`Reprint controlled copy No. ${copy.copyNumber}`} submitLabel="Reprint to PDF" busy={busy} onClose={onClose} onSubmit={reprint}>
      <p>
        {copy.document} revision <span className="mono">{copy.revision}</span>, issued to <strong>{copy.copyholder}</strong>
        {copy.location ? ` at ${copy.location}` : ''}. Printed {copy.prints === 1 ? 'once' : `${copy.prints} times`} so far.
      </p>
      <p className="muted small">The reprint keeps copy No. {copy.copyNumber} and is stamped REPRINT; only one paper should be in use, so retrieve or destroy the old one.</p>
      <ErrorMessage message={error} />
    </ModalDialog>
  );
}
