import { useId, useState, type FormEvent } from 'react';
import type { PrintVerification } from '../../../shared/contract';
import { normaliseVerificationCode } from '../../../shared/verification-code';
import { call, errorSentence } from '../../api';
import { routeHref } from '../../app/use-hash-route';
import { ErrorMessage } from '../../components/error-message';
import { localTime } from '../../components/format';
import { StateBadge } from '../../components/state-badge';

/** A reader types the code printed on a paper copy and learns what the paper should be and whether it is still current. */
export function VerifyPrintScreen() {
  const [code, setCode] = useState('');
  const [result, setResult] = useState<PrintVerification | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const id = useId();
  const verify = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setResult(null);
    try {
      // Typed back from paper: without dashes, with spaces, in lower case — shown as printed once read.
      const typed = normaliseVerificationCode(code);
      setCode(typed);
      setResult(await call('prints.verify', { code: typed }));
    } catch (e) {
      setError(errorSentence(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="form-page" aria-labelledby="verify-title">
      <h1 id="verify-title">Verify a paper copy</h1>
      <p className="muted">Type the verification code printed in the stamp of the paper you hold.</p>
      <form className="toolbar" onSubmit={verify}>
        <label className="field inline grow" htmlFor={`${id}-code`}>
          <span>Verification code</span>
          <input id={`${id}-code`} className="mono" value={code} onChange={(e) => setCode(e.target.value)} autoFocus required minLength={4} maxLength={2000} />
        </label>
        <button type="submit" className="primary" disabled={busy}>
          Verify
        </button>
      </form>
      <ErrorMessage message={error} />
      {result && (
        <div className="verify-result" aria-label="Verification result">
          <p className={result.stillEffective ? 'success verdict' : 'error-message verdict'} role="status">
            {result.stillEffective ? '✔ ' : '✖ '}
            {result.verdict}
          </p>
          <dl className="metadata">
            <div>
              <dt>Document</dt>
              <dd>
                <a className="mono" href={routeHref({ screen: 'document', number: result.document })}>
                  {result.document}
                </a>{' '}
                {result.title}
              </dd>
            </div>
            <div>
              <dt>Revision on the paper</dt>
              <dd>
                <span className="mono strong">{result.revision}</span> printed as <StateBadge state={result.printedState} />
              </dd>
            </div>
            <div>
              <dt>That revision now</dt>
              <dd>
                <StateBadge state={result.revisionState} />
              </dd>
            </div>
            <div>
              <dt>Effective revision</dt>
              <dd className="mono">{result.effectiveRevision ?? '—'}</dd>
            </div>
            <div>
              <dt>Kind</dt>
              <dd>{result.kind === 'uncontrolled' ? 'Uncontrolled copy' : result.kind === 'reprint' ? 'Reprint of a controlled copy' : 'Controlled copy'}</dd>
            </div>
            {result.copy && (
              <div>
                <dt>Copy</dt>
                <dd>
                  No. {result.copy.copyNumber}, {result.copy.copyholder}
                  {result.copy.location ? `, ${result.copy.location}` : ''} — {result.copy.status.replaceAll('_', ' ')}
                </dd>
              </div>
            )}
            <div>
              <dt>Printed</dt>
              <dd>
                {localTime(result.printedAt)} by {result.printedBy}
              </dd>
            </div>
            <div>
              <dt>Pages</dt>
              <dd>
                {result.pages} ({result.mode === 'stamped' ? 'stamped' : 'cover sheet'})
              </dd>
            </div>
          </dl>
        </div>
      )}
    </section>
  );
}
