import { useState } from 'react';
import type { UserAdministration } from '../../../shared/contract';
import { call } from '../../api';
import { useSession } from '../../app/session-context';
import { ErrorMessage } from '../../components/error-message';
import { DataTable } from '../../components/data-table';
import { DoneNotice } from './done-notice';
import { localTime } from '../../components/format';
import { useLoad } from '../../components/use-load';
import { UserActDialog, type UserAct } from './user-dialogs';

/** An account's state in words: disabled, locked (when, why), waiting for a new password or an identity confirmation. */
function AccountStatus({ user }: { user: UserAdministration }) {
  const notes: string[] = [];
  if (user.disabled) notes.push(`Disabled since ${user.disabledAt ? localTime(user.disabledAt) : '—'}`);
  if (user.locked) notes.push(`Locked since ${user.lockedAt ? localTime(user.lockedAt) : '—'}${user.lockReason ? `: ${user.lockReason}` : ''}`);
  else if (user.failedAttempts > 0) notes.push(`${user.failedAttempts} wrong password${user.failedAttempts === 1 ? '' : 's'} since the last sign-in`);
  if (user.passwordResetPending) notes.push('Password reset: must choose a new one at next sign-in');
  else if (user.mustChangePassword) notes.push('Must choose a password at first sign-in');
  if (user.keyAwaitingIdentityConfirmation) notes.push('Signing key issued after a reset: identity not yet confirmed');
  if (notes.length === 0) return <span className="muted">Active</span>;
  return (
    <ul className="plain-list">
      {notes.map((note) => (
        <li key={note} className={note.startsWith('Locked') || note.startsWith('Disabled') ? 'status-alert' : undefined}>
          {note}
        </li>
      ))}
    </ul>
  );
}

/** The administrator's list of accounts, and every act on them. */
export function UsersScreen() {
  const session = useSession();
  const users = useLoad(() => call('users.administration', {}), []);
  const settings = useLoad(() => call('vault.settings', {}), []);
  const [open, setOpen] = useState<UserAct | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const act = (next: UserAct) => {
    setDone(null);
    setOpen(next);
  };
  return (
    <section aria-labelledby="users-title">
      <div className="page-head">
        <h1 id="users-title">Users</h1>
        <span className="muted">{users.data ? `${users.data.length} accounts; never deleted, only disabled` : 'Loading…'}</span>
        <button type="button" className="primary" onClick={() => act({ act: 'add' })}>
          Add a user…
        </button>
      </div>
      <DoneNotice message={done} />
      <ErrorMessage message={users.error} />
      {users.data && (
        <DataTable columns={['User', 'Roles', 'State', 'Added']} className="users-table" actions>
            {users.data.map((user) => (
              <tr key={user.id} data-user={user.username}>
                <td>
                  <span className="strong">{user.fullName}</span>
                  <br />
                  <span className="mono small">{user.username}</span>
                </td>
                <td>{user.roles.join(', ')}</td>
                <td>
                  <AccountStatus user={user} />
                </td>
                <td className="nowrap small">{localTime(user.createdAt)}</td>
                <td>
                  <div className="row-actions">
                    {user.id !== session.user.id && (
                      <button type="button" onClick={() => act({ act: 'roles', user })}>
                        Roles…
                      </button>
                    )}
                    {user.locked && (
                      <button type="button" onClick={() => act({ act: 'unlock', user })}>
                        Unlock…
                      </button>
                    )}
                    {user.id !== session.user.id && (
                      <button type="button" onClick={() => act({ act: 'reset', user })}>
                        Reset password…
                      </button>
                    )}
                    {user.keyAwaitingIdentityConfirmation && user.id !== session.user.id && (
                      <button type="button" onClick={() => act({ act: 'confirm-identity', user })}>
                        Confirm identity…
                      </button>
                    )}
                    {user.id !== session.user.id &&
                      (user.disabled ? (
                        <button type="button" onClick={() => act({ act: 'enable', user })}>
                          Enable…
                        </button>
                      ) : (
                        <button type="button" className="danger-outline" onClick={() => act({ act: 'disable', user })}>
                          Disable…
                        </button>
                      ))}
                  </div>
                </td>
              </tr>
            ))}
        </DataTable>
      )}
      {open && (
        <UserActDialog
          key={open.act === 'add' ? 'add' : `${open.act}-${open.user.id}`}
          open={open}
          passwordMinLength={settings.data?.passwordMinLength ?? 10}
          onDone={(message) => {
            setDone(message);
            users.reload();
          }}
          onClose={() => setOpen(null)}
        />
      )}
    </section>
  );
}
