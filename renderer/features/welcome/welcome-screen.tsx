import { useState } from 'react';
import type { LauncherStatus } from '../../../shared/contract/launcher-methods';
import { errorSentence } from '../../api';
import { ErrorMessage } from '../../components/error-message';
import { launcherCall, launcherFailureSentence } from '../../launcher-api';
import { CreateVaultForm } from './create-vault-form';

type Opener = () => Promise<LauncherStatus>;

/**
 * The desktop app's first screen when no vault is open: open a recent vault or another one, create a
 * vault, or try the demo. A failed open says why and offers another vault instead of quitting.
 */
export function WelcomeScreen({ status, onStatus }: { status: LauncherStatus; onStatus: (status: LauncherStatus) => void }) {
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const run = async (label: string, open: Opener) => {
    setBusy(label);
    setError(null);
    try {
      onStatus(await open());
    } catch (e) {
      setError(errorSentence(e));
    } finally {
      setBusy(null);
    }
  };

  return (
    <div className="auth-page">
      <div className="welcome">
        <header className="welcome-header">
          <div className="auth-brand">Quire</div>
          <h1>Welcome</h1>
          <p className="muted">Controlled documents, offline. Open the vault your team keeps, or create one.</p>
        </header>
        {status.failure && (
          <div className="error-message" role="alert">
            <p>
              Quire could not open <strong>{status.failure.path}</strong>: {launcherFailureSentence(status.failure)}
            </p>
            <button type="button" onClick={() => run('choose', () => launcherCall('launcher.openChosen', {}))} disabled={busy !== null}>
              Choose another vault
            </button>
          </div>
        )}
        <div className="welcome-columns">
          <section className="welcome-panel" aria-labelledby="open-vault-title">
            <h2 id="open-vault-title">Open a vault</h2>
            {status.recent.length > 0 ? (
              <ul className="recent-vaults" aria-label="Recent vaults">
                {status.recent.map((vault) => (
                  <li key={vault.path}>
                    <button type="button" className="recent-vault" disabled={busy !== null} onClick={() => run(vault.path, () => launcherCall('launcher.openRecent', { path: vault.path }))}>
                      <strong>{vault.name}</strong>
                      <span className="muted">{vault.path}</span>
                    </button>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="muted">No vault opened on this computer yet.</p>
            )}
            <button type="button" className="wide" disabled={busy !== null} onClick={() => run('choose', () => launcherCall('launcher.openChosen', {}))}>
              {status.recent.length > 0 ? 'Open another vault…' : 'Open a vault…'}
            </button>
            <h2 className="demo-title">Try the demo vault</h2>
            <p className="muted">
              A vault with documents already through review, approval, release and printing. Sign in as{' '}
              {status.demo.users.map((u, i) => (
                <span key={u.username}>
                  {i > 0 && ', '}
                  <code>{u.username}</code> ({u.role})
                </span>
              ))}{' '}
              with the password <code>{status.demo.password}</code>.
            </p>
            <button type="button" className="wide" disabled={busy !== null} onClick={() => run('demo', () => launcherCall('launcher.openDemo', {}))}>
              {busy === 'demo' ? 'Preparing the demo vault (about a minute the first time)…' : 'Try the demo vault'}
            </button>
            <ErrorMessage message={error} />
          </section>
          <CreateVaultForm onStatus={onStatus} />
        </div>
      </div>
    </div>
  );
}
