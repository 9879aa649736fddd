import { useState, type FormEvent } from 'react';
import { newVaultPasswordRules, type LauncherStatus } from '../../../shared/contract/launcher-methods';
import { errorSentence } from '../../api';
import { ErrorMessage } from '../../components/error-message';
import { launcherCall, launcherFailureSentence } from '../../launcher-api';

/**
 * A new vault: its name and where it goes (the Save dialog), and its first administrator, with the
 * password rules shown before anything is typed. The core creates it and checks the rules again.
 */
export function CreateVaultForm({ onStatus }: { onStatus: (status: LauncherStatus) => void }) {
  const [vaultName, setVaultName] = useState('Quality documents');
  const [location, setLocation] = useState<string | null>(null);
  const [username, setUsername] = useState('');
  const [fullName, setFullName] = useState('');
  const [password, setPassword] = useState('');
  const [repeated, setRepeated] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const chooseLocation = async () => {
    setError(null);
    try {
      const { path } = await launcherCall('launcher.chooseNewVaultPath', { vaultName });
      if (path) setLocation(path);
    } catch (e) {
      setError(errorSentence(e));
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!location) return setError('Choose where to keep the vault first.');
    if (password !== repeated) return setError('The two passwords differ. Type the same password twice.');
    setBusy(true);
    setError(null);
    try {
      const status = await launcherCall('launcher.createVault', { path: location, admin: { username, fullName, password } });
      // The location is used up by an attempt: a failed one needs a new choice.
      if (!status.vault) setLocation(null);
      if (status.failure) setError(launcherFailureSentence(status.failure));
      onStatus(status);
    } catch (e) {
      setError(errorSentence(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="welcome-panel" onSubmit={submit} aria-labelledby="create-vault-title">
      <h2 id="create-vault-title">Create a new vault</h2>
      <p className="muted">One file holds the whole register, every revision and the audit trail. Keep it on a local disk.</p>
      <label className="field">
        <span>Vault name</span>
        <input name="vaultName" value={vaultName} onChange={(e) => setVaultName(e.target.value)} required />
      </label>
      <div className="field">
        <span>Location</span>
        <div className="location-row">
          <output className="location" aria-label="Location">{location ?? 'Not chosen yet'}</output>
          <button type="button" onClick={chooseLocation}>
            Choose…
          </button>
        </div>
      </div>
      <h3>First administrator</h3>
      <p className="muted">Administrators manage users and backups; they sign no documents.</p>
      <label className="field">
        <span>User name</span>
        <input name="username" autoComplete="off" value={username} onChange={(e) => setUsername(e.target.value)} required />
      </label>
      <label className="field">
        <span>Full name</span>
        <input name="fullName" autoComplete="name" value={fullName} onChange={(e) => setFullName(e.target.value)} required />
      </label>
      <ul className="password-rules" aria-label="Password rules">
        {newVaultPasswordRules.sentences.map((rule) => (
          <li key={rule}>{rule}</li>
        ))}
      </ul>
      <label className="field">
        <span>Password</span>
        <input name="password" type="password" autoComplete="new-password" value={password} onChange={(e) => setPassword(e.target.value)} required />
      </label>
      <label className="field">
        <span>Password again</span>
        <input name="repeated" type="password" autoComplete="new-password" value={repeated} onChange={(e) => setRepeated(e.target.value)} required />
      </label>
      <ErrorMessage message={error} />
      <button type="submit" className="primary wide" disabled={busy}>
        {busy ? 'Creating…' : 'Create vault'}
      </button>
    </form>
  );
}
