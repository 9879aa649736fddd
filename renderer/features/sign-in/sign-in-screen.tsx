import { useState, type FormEvent } from 'react';
import type { UserSummary } from '../../../shared/contract';
import { call, errorSentence } from '../../api';
import { ErrorMessage } from '../../components/error-message';

/** Sign in with user name and password; a notice explains an idle sign-out. */
export function SignInScreen({ notice, onSignedIn }: { notice: string | null; onSignedIn: (user: UserSummary) => void }) {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const { user } = await call('session.login', { username, password });
      onSignedIn(user);
    } catch (e) {
      setError(errorSentence(e));
      setPassword('');
      setBusy(false);
    }
  };

  return (
    <div className="auth-page">
      <form className="auth-card" onSubmit={submit} aria-labelledby="sign-in-title">
        <div className="auth-brand">Quire</div>
        <h1 id="sign-in-title">Sign in</h1>
        <p className="muted">Controlled documents. Every action is recorded in the audit trail under your name.</p>
        {notice && (
          <p className="notice" role="status">
            {notice}
          </p>
        )}
        <label className="field">
          <span>User name</span>
          <input name="username" autoComplete="username" autoFocus value={username} onChange={(e) => setUsername(e.target.value)} required />
        </label>
        <label className="field">
          <span>Password</span>
          <input name="password" type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} required />
        </label>
        <ErrorMessage message={error} />
        <button type="submit" className="primary wide" disabled={busy}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
    </div>
  );
}
