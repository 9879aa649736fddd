import { useState, type FormEvent } from 'react';
import type { VerifyReport } from '../../../shared/contract';
import { auditEventSentence } from '../../../shared/messages/en/audit-event-sentences';
import { call, errorSentence, saveFileFromCore } from '../../api';
import { ErrorMessage } from '../../components/error-message';
import { DoneNotice } from './done-notice';
import { fileSize, localTime } from '../../components/format';
import { useLoad } from '../../components/use-load';

function VerifyReportView({ report }: { report: VerifyReport }) {
  return (
    <div className="verify-report" aria-live="polite">
      <p className={report.ok ? 'report-ok' : 'report-failed'}>
        {report.ok ? 'The vault verified: nothing is wrong.' : `The vault failed verification: ${report.problems.length} problem${report.problems.length === 1 ? '' : 's'}.`}
      </p>
      <p>
        {report.auditEvents} audit events in an unbroken chain, {report.revisions} revisions, {report.contents} stored files ({fileSize(report.contentBytes)}), {report.signatures} signatures checked.
      </p>
      <p>
        Audit chain head — write it down to check the trail against later: <span className="mono chain-head">{`${report.auditEvents}:${report.auditHead}`}</span>
      </p>
      {report.problems.length > 0 && (
        <ul>
          {report.problems.map((p, i) => (
            <li key={i}>
              <span className="strong">{p.location}</span>: {p.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** Backups (verified copies of the vault) and the whole-vault check, with the last backup and its result. */
export function BackupScreen() {
  const last = useLoad(() => call('audit.page', { action: 'vault.backed_up', limit: 1 }), []);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState<'backup' | 'verify' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [backedUp, setBackedUp] = useState<string | null>(null);
  const [report, setReport] = useState<VerifyReport | null>(null);

  const backUp = async (event: FormEvent) => {
    event.preventDefault();
    setBusy('backup');
    setError(null);
    setBackedUp(null);
    try {
      const stamp = new Date().toISOString().slice(0, 10);
      const result = await saveFileFromCore('vault.backup', { reason }, `vault-backup-${stamp}.quire`);
      if (result) {
        setBackedUp(`Backed up (${fileSize(result.bytes)}); the copy verified with ${result.report.auditEvents} audit events, chain head ${result.report.auditEvents}:${result.report.auditHead}.`);
        setReason('');
        last.reload();
      }
    } catch (e) {
      setError(errorSentence(e));
    } finally {
      setBusy(null);
    }
  };
  const verify = async () => {
    setBusy('verify');
    setError(null);
    setReport(null);
    try {
      setReport(await call('vault.verify', {}));
    } catch (e) {
      setError(errorSentence(e));
    } finally {
      setBusy(null);
    }
  };

  const lastBackup = last.data?.events[0];
  return (
    <section aria-labelledby="backup-title">
      <h1 id="backup-title">Backup and verify</h1>
      <ErrorMessage message={error ?? last.error} />
      <h2>Last backup</h2>
      {last.data && !lastBackup && <p className="empty">This vault has never been backed up.</p>}
      {lastBackup && (
        <p className="last-backup">
          {localTime(lastBackup.occurredAt)}: {auditEventSentence(lastBackup)}
          {lastBackup.reason ? ` Reason: ${lastBackup.reason}` : ''}
        </p>
      )}
      <h2>Back up now</h2>
      <p className="muted">The copy is made while the vault stays in use, then verified; only a copy that verifies is kept and recorded.</p>
      <form className="filters" onSubmit={backUp}>
        <label className="field grow">
          <span>Reason (recorded in the audit trail)</span>
          <input name="backup-reason" value={reason} onChange={(e) => setReason(e.target.value)} maxLength={500} required />
        </label>
        <button type="submit" className="primary" disabled={busy !== null}>
          {busy === 'backup' ? 'Backing up…' : 'Back up the vault…'}
        </button>
      </form>
      <DoneNotice message={backedUp} />
      <h2>Verify the vault</h2>
      <p className="muted">Re-walks the audit chain, re-hashes every stored file, checks every signature and replays the state from the trail. Nothing is changed.</p>
      <button type="button" onClick={verify} disabled={busy !== null}>
        {busy === 'verify' ? 'Verifying…' : 'Verify now'}
      </button>
      {report && <VerifyReportView report={report} />}
    </section>
  );
}
