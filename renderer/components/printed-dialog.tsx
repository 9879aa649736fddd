import type { PrintOutcome } from '../api';
import { ModalDialog } from './modal-dialog';

/** What was just printed: the kind of copy, its pages and stamping, and the verification code on the paper. */
export function PrintedDialog({ printed, onClose }: { printed: PrintOutcome; onClose: () => void }) {
  const kind =
    printed.kind === 'uncontrolled' ? 'Uncontrolled copy' : `${printed.kind === 'reprint' ? 'Reprint of controlled' : 'Controlled'} copy No. ${printed.copyNumber}`;
  return (
    <ModalDialog title={`Printed ${printed.document} revision ${printed.revision}`} submitLabel="Close" onClose={onClose} onSubmit={onClose}>
      <div className="print-result" role="status">
        <p>
          {kind} — {printed.pages} page(s), {printed.mode === 'stamped' ? 'stamped on every page' : 'behind a stamped cover sheet'}.
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
