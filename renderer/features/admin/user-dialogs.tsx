import { useState } from 'react';
import type { UserAdministration } from '../../../shared/contract';
import type { Role } from '../../../shared/roles';
import { call } from '../../api';
import { ReasonDialog } from './reason-dialog';
import { RoleCheckboxes } from './role-checkboxes';

/** What the users screen opens: one dialog per administrative act on an account. */
export type UserAct =
  | { act: 'add' }
  | { act: 'roles' | 'reset' | 'unlock' | 'disable' | 'enable' | 'confirm-identity'; user: UserAdministration };

interface Props {
  open: UserAct;
  passwordMinLength: number;
  onDone: (message: string) => void;
  onClose: () => void;
}

function PasswordRules({ minLength }: { minLength: number }) {
  return <p className="muted small">At least {minLength} characters, of at least two kinds (lower case, upper case, digits, symbols), without the user name. The user must choose their own at their next sign-in.</p>;
}

/** The dialog for one act on an account; each asks for a reason that the audit event records. */
export function UserActDialog({ open, passwordMinLength, onDone, onClose }: Props) {
  const [username, setUsername] = useState('');
  const [fullName, setFullName] = useState('');
  const [roles, setRoles] = useState<Role[]>(open.act === 'roles' ? open.user.roles : ['reader']);
  const [password, setPassword] = useState('');
  const common = { onDone, onClose };
  switch (open.act) {
    case 'add':
      return (
        <ReasonDialog
          {...common}
          title="Add a user"
          submitLabel="Add user"
          onSubmit={async (reason) => {
            const added = await call('users.add', { username, fullName, roles, initialPassword: password, reason });
            return `${added.username} was added. Give them their first password; they choose their own at first sign-in.`;
          }}
        >
          <label className="field">
            <span>User name (never changes, never reused)</span>
            <input name="username" value={username} onChange={(e) => setUsername(e.target.value)} required autoFocus />
          </label>
          <label className="field">
            <span>Full name (printed with their signatures)</span>
            <input name="fullName" value={fullName} onChange={(e) => setFullName(e.target.value)} required />
          </label>
          <RoleCheckboxes value={roles} onChange={setRoles} />
          <label className="field">
            <span>First password</span>
            <input name="initialPassword" type="password" autoComplete="new-password" value={password} onChange={(e) => setPassword(e.target.value)} required />
          </label>
          <PasswordRules minLength={passwordMinLength} />
        </ReasonDialog>
      );
    case 'roles':
      return (
        <ReasonDialog {...common} title={`Roles of ${open.user.username}`} submitLabel="Change roles" onSubmit={async (reason) => {
          const changed = await call('users.setRoles', { username: open.user.username, roles, reason });
          return `${changed.username} now has the roles ${changed.roles.join(', ')}.`;
        }}>
          <RoleCheckboxes value={roles} onChange={setRoles} />
        </ReasonDialog>
      );
    case 'reset':
      return (
        <ReasonDialog
          {...common}
          title={`Reset the password of ${open.user.username}`}
          submitLabel="Reset password"
          danger
          intro={<p>Their signing key is retired. The key issued when they next choose a password is marked as issued after a reset until another controller or administrator confirms their identity.</p>}
          onSubmit={async (reason) => {
            await call('users.resetPassword', { username: open.user.username, newPassword: password, reason });
            return `The password of ${open.user.username} was reset; they must choose their own at their next sign-in.`;
          }}
        >
          <label className="field">
            <span>New password</span>
            <input name="newPassword" type="password" autoComplete="new-password" value={password} onChange={(e) => setPassword(e.target.value)} required autoFocus />
          </label>
          <PasswordRules minLength={passwordMinLength} />
        </ReasonDialog>
      );
    case 'confirm-identity':
      return (
        <ReasonDialog
          {...common}
          title={`Confirm the identity of ${open.user.username}`}
          submitLabel="Confirm identity"
          intro={<p>Confirm that the signing key {open.user.fullName} was issued after a password reset is theirs: you must be neither them nor whoever reset the password. Enter your own password again.</p>}
          onSubmit={async (reason) => {
            await call('users.confirmIdentity', { username: open.user.username, password, reason });
            return `The identity of ${open.user.username} is confirmed; their signatures now name you as the confirmer.`;
          }}
        >
          <label className="field">
            <span>Your password</span>
            <input name="password" type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} required autoFocus />
          </label>
        </ReasonDialog>
      );
    default: {
      const { act, user } = open;
      const words = ({ unlock: ['Unlock', 'unlocked'], disable: ['Disable', 'disabled'], enable: ['Enable', 'enabled again'] } as const)[act];
      return (
        <ReasonDialog
          {...common}
          title={`${words[0]} the account of ${user.username}`}
          submitLabel={words[0]}
          danger={act === 'disable'}
          intro={act === 'disable' ? <p>They can no longer sign in or sign. Their records and signatures stay; accounts are never deleted.</p> : undefined}
          onSubmit={async (reason) => {
            const method = act === 'unlock' ? 'users.unlock' : act === 'disable' ? 'users.disable' : 'users.enable';
            await call(method, { username: user.username, reason });
            return `The account of ${user.username} is ${words[1]}.`;
          }}
        />
      );
    }
  }
}
