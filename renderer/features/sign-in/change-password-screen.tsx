import { useState, type FormEvent } from 'react';
import type { UserSummary } from '../../../shared/contract';
import { call, errorSentence } from '../../api';
import { ErrorMessage } from '../../components/error-message';

/** The forced password change after an administrator set the password; nothing else is possible until done. */
export function ChangePasswordScreen({ user, onChanged, onSignOut }: { user: UserSummary; onChanged: (user: UserSummary) => void; onSignOut: () => void }) {
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (newPassword !== repeat) {
      setError('The two new passwords differ. Type the same new password twice.');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const result = await call('session.changePassword', { currentPassword, newPassword });
      onChanged(result.user);
    } catch (e) {
      setError(errorSentence(e));
      setBusy(false);
    }
  };

  return (
    <div className="auth-page">
      <form className="auth-card" onSubmit={submit} aria-labelledby="change-title">
        <div className="auth-brand">Quire</div>
        <h1 id="change-title">Choose your own password</h1>
        <p className="notice" role="status">
          {user.fullName}, your password was set by an administrator. Choose a new one that only you know before you continue; it also protects your signing key.
        </p>
        <label className="field">
          <span>Current password</span>
          <input type="password" autoComplete="current-password" autoFocus value={currentPassword} onChange={(e) => setCurrentPassword(e.target.value)} required />
        </label>
        <label className="field">
          <span>New password</span>
          <input type="password" autoComplete="new-password" value={newPassword} onChange={(e) => setNewPassword(e.target.value)} required />
        </label>
        <label className="field">
          <span>New password again</span>
          <input type="password" autoComplete="new-password" value={repeat} onChange={(e) => setRepeat(e.target.value)} required />
        </label>
        <ErrorMessage message={error} />
        <button type="submit" className="primary wide" disabled={busy}>
          {busy ? 'Saving…' : 'Change password'}
        </button>
        <button type="button" className="link-button" onClick={onSignOut}>
          Sign out instead
        </button>
      </form>
    </div>
  );
}
