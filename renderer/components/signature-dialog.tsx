import { useId, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { DocumentViewer } from '../features/viewer/document-viewer';
import type { ViewingState } from '../features/viewer/use-viewing-record';
import { errorSentence } from '../api';
import { ErrorMessage } from './error-message';
import { ModalDialog } from './modal-dialog';

export interface SignatureSubject {
  /** The act in the first person, e.g. "approve", "have reviewed". */
  statement: string;
  /** The signature meaning recorded, e.g. "approved". */
  meaning: string;
  document: string;
  title: string;
  revision: string;
  sha256: string | null;
}

interface SignatureDialogProps {
  subject: SignatureSubject;
  signerName: string;
  signerUsername: string;
  /** Whether a comment may be given (optional) or not at all. */
  comment: 'optional' | 'none';
  submitLabel: string;
  /** Extra fields above the password (the effective date of a release). */
  children?: ReactNode;
  onSign: (password: string, comment: string | undefined) => Promise<void>;
  onClose: () => void;
  /**
   * The revision the signature attests to, shown in the dialog: signing is enabled only once its pages
   * have been shown and the core has recorded that (it refuses the signature otherwise).
   */
  viewer?: { number: string; label: string };
}

/**
 * An electronic signature (21 CFR 11.50, 11.200): states the meaning being signed, the content it is bound
 * to and the printed name, and asks for the password again — every time.
 */
export function SignatureDialog({ subject, signerName, signerUsername, comment, submitLabel, children, onSign, onClose, viewer }: SignatureDialogProps) {
  const [viewing, setViewing] = useState<ViewingState>({ recorded: false });
  const [password, setPassword] = useState('');
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  const passwordRef = useRef<HTMLInputElement>(null);
  // A refused password is typed again: focus moves in the same commit that shows the refusal. Moved a frame
  // later, it would take over a field the signer has meanwhile started typing in (their comment).
  useLayoutEffect(() => {
    if (error) passwordRef.current?.focus();
  }, [error]);

  const sign = async () => {
    setBusy(true);
    setError(null);
    try {
      await onSign(password, text.trim() === '' ? undefined : text);
      onClose();
    } catch (e) {
      setError(errorSentence(e));
      setPassword('');
      setBusy(false);
    }
  };

  const form = (
    <>
      <div className="signature-statement" data-testid="signature-statement">
        <p className="signature-meaning">
          I {subject.statement} <strong>{subject.document}</strong> revision <strong>{subject.revision}</strong>
        </p>
        <p className="signature-title">{subject.title}</p>
        <dl className="signature-facts">
          <dt>Meaning</dt>
          <dd>{subject.meaning}</dd>
          <dt>Content SHA-256</dt>
          <dd className="mono hash-full">{subject.sha256 ?? '—'}</dd>
          <dt>Signed by</dt>
          <dd>
            {signerName} <span className="muted">({signerUsername})</span>
          </dd>
        </dl>
        <p className="muted small">
          This signature is the legally binding equivalent of your handwritten signature. It is recorded with the date, time and time zone, and bound to the content above.
        </p>
      </div>
      {children}
      {comment === 'optional' && (
        <label className="field">
          <span>Comment (optional)</span>
          <textarea rows={2} value={text} onChange={(e) => setText(e.target.value)} maxLength={4000} />
        </label>
      )}
      <label className="field" htmlFor={`${id}-password`}>
        <span>Password of {signerUsername}, to sign</span>
        <input ref={passwordRef} id={`${id}-password`} type="password" autoComplete="current-password" autoFocus={!viewer} value={password} onChange={(e) => setPassword(e.target.value)} required />
      </label>
    </>
  );

  return (
    <ModalDialog title="Electronic signature" submitLabel={submitLabel} busy={busy} onClose={onClose} onSubmit={sign} large={Boolean(viewer)} submitDisabled={Boolean(viewer) && !viewing.recorded}>
      {viewer ? (
        <div className="sign-with-document">
          <div className="sign-document">
            <DocumentViewer number={viewer.number} label={viewer.label} compact onViewing={setViewing} />
            <p className="muted small" role="status" data-testid="viewing-status">
              {viewing.recorded
                ? viewing.pagesShown === null
                  ? 'Recorded: you opened the file.'
                  : `Recorded: you have seen ${viewing.pagesShown} of ${viewing.pageCount} page${viewing.pageCount === 1 ? '' : 's'}.`
                : 'Signing is possible once the document has been shown.'}
            </p>
          </div>
          <div className="sign-form">
            {form}
            <ErrorMessage message={error} />
          </div>
        </div>
      ) : (
        <>
          {form}
          <ErrorMessage message={error} />
        </>
      )}
    </ModalDialog>
  );
}
