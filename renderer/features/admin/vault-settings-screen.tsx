import { useEffect, useState, type FormEvent } from 'react';
import { call, errorSentence } from '../../api';
import { ErrorMessage } from '../../components/error-message';
import { DoneNotice } from './done-notice';
import { useLoad } from '../../components/use-load';

const mib = 1024 * 1024;

/** The vault's settings; a change needs a reason and is audited with the values before and after. */
export function VaultSettingsScreen() {
  const settings = useLoad(() => call('vault.settings', {}), []);
  const [maxMb, setMaxMb] = useState('');
  const [minLength, setMinLength] = useState('');
  const [mayApprove, setMayApprove] = useState(false);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  useEffect(() => {
    if (!settings.data) return;
    setMaxMb(String(Math.round(settings.data.maxContentBytes / mib)));
    setMinLength(String(settings.data.passwordMinLength));
    setMayApprove(settings.data.reviewersMayApprove);
  }, [settings.data]);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      await call('vault.updateSettings', { maxContentBytes: Number(maxMb) * mib, passwordMinLength: Number(minLength), reviewersMayApprove: mayApprove, reason });
      setDone('The settings are saved; the change and its reason are in the audit trail.');
      setReason('');
      settings.reload();
    } catch (e) {
      setError(errorSentence(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby="settings-title">
      <h1 id="settings-title">Vault settings</h1>
      <ErrorMessage message={settings.error ?? error} />
      <DoneNotice message={done} />
      {settings.data && (
        <form className="settings-form" onSubmit={save}>
          <label className="field">
            <span>Largest file accepted (MB)</span>
            <input name="maxContentMb" type="number" min={1} max={65536} value={maxMb} onChange={(e) => setMaxMb(e.target.value)} required />
          </label>
          <label className="field">
            <span>Shortest password allowed (characters)</span>
            <input name="passwordMinLength" type="number" min={8} max={128} value={minLength} onChange={(e) => setMinLength(e.target.value)} required />
          </label>
          <label className="field inline">
            <span>
              <input name="reviewersMayApprove" type="checkbox" checked={mayApprove} onChange={(e) => setMayApprove(e.target.checked)} /> One person may both review and approve a revision (for a site too small to keep the duties apart)
            </span>
          </label>
          <p className="muted small">
            Revision labels: {settings.data.revisionLabelScheme.kind === 'letters' ? `letters, skipping ${settings.data.revisionLabelScheme.skip.join(', ')}` : 'numbers'}. Vault id <span className="mono">{settings.data.vaultId}</span>.
          </p>
          <label className="field">
            <span>Reason (recorded in the audit trail)</span>
            <input name="reason" value={reason} onChange={(e) => setReason(e.target.value)} maxLength={500} required />
          </label>
          <button type="submit" className="primary" disabled={busy}>
            {busy ? 'Saving…' : 'Save settings'}
          </button>
        </form>
      )}
    </section>
  );
}
