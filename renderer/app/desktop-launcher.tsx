import { useEffect, useState } from 'react';
import type { LauncherStatus } from '../../shared/contract/launcher-methods';
import { errorSentence, onCoreStopped } from '../api';
import { ErrorMessage } from '../components/error-message';
import { WelcomeScreen } from '../features/welcome/welcome-screen';
import { launcherCall } from '../launcher-api';
import { App } from './app';

/**
 * The desktop app's outer screen: the welcome screen until a vault is open, then the application on it.
 * If the core host stops, the window says so and offers to restart it (or to choose another vault).
 */
export function DesktopLauncher() {
  const [status, setStatus] = useState<LauncherStatus | null>(null);
  const [stopped, setStopped] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  // A restarted core host has no sessions: start the application afresh (sign-in) on the same vault.
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    launcherCall('launcher.status', {}).then(setStatus, (e: unknown) => setError(errorSentence(e)));
    return onCoreStopped((e) => setStopped(e.message));
  }, []);

  const act = async (method: 'launcher.restartCore' | 'launcher.closeVault') => {
    try {
      const next = await launcherCall(method, {});
      setStopped(null);
      setGeneration((g) => g + 1);
      setStatus(next);
    } catch (e) {
      setError(errorSentence(e));
    }
  };

  if (!status) return error ? <ErrorMessage message={error} /> : <div className="splash">Quire</div>;
  if (stopped) {
    return (
      <div className="auth-page">
        <div className="auth-card" role="alertdialog" aria-labelledby="core-stopped-title">
          <div className="auth-brand">Quire</div>
          <h1 id="core-stopped-title">Quire stopped working on the vault</h1>
          <p>{stopped}</p>
          <ErrorMessage message={error} />
          <button type="button" className="primary wide" onClick={() => act('launcher.restartCore')}>
            Restart
          </button>
          <button type="button" className="wide" onClick={() => act('launcher.closeVault')}>
            Choose another vault
          </button>
        </div>
      </div>
    );
  }
  if (!status.vault) return <WelcomeScreen status={status} onStatus={setStatus} />;
  return <App key={`${status.vault.path}#${generation}`} />;
}
