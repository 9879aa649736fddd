import type { UserSummary } from '../../../shared/contract';
import { roles, type Role } from '../../../shared/roles';
import { defineCommand } from '../cli-command';
import { formatTable } from '../format-table';
import { readPassword } from '../read-password';
import { usageError } from '../cli-usage-error';

function parseRoles(value: unknown, usage: string): Role[] {
  if (typeof value !== 'string') throw usageError({ field: 'roles', problem: 'required' }, usage, `--roles <comma-separated list of ${roles.join(', ')}>`);
  const list = value.split(',').map((r) => r.trim().toLowerCase()).filter(Boolean);
  const unknown = list.filter((r) => !(roles as readonly string[]).includes(r));
  if (unknown.length) throw usageError({ field: 'roles', problem: 'unknown-roles', unknown, known: [...roles] }, usage);
  return list as Role[];
}

function usernameArg(positionals: string[], usage: string): string {
  const username = positionals[1];
  if (!username) throw usageError({ field: 'username', problem: 'required' }, usage);
  return username;
}

const userText = (u: UserSummary) =>
  `${u.username} (${u.fullName}) — roles ${u.roles.join(', ')}${u.disabled ? ', DISABLED' : ''}${u.locked ? ', LOCKED' : ''}${u.mustChangePassword ? ', must change password' : ''}`;

const reasonOption = { reason: { type: 'string' } } as const;
const reasonOf = (values: Record<string, unknown>, fallback: string) => (typeof values.reason === 'string' ? values.reason : fallback);

/** user disable|enable|unlock: one administrator act with an optional reason. */
function accountCommand(word: 'disable' | 'enable' | 'unlock', method: 'users.disable' | 'users.enable' | 'users.unlock', summary: string) {
  const usage = `user ${word} <vault> <username> --as <admin> [--reason <text>]`;
  return defineCommand({
    words: ['user', word],
    usage,
    summary,
    options: reasonOption,
    async run({ signedIn, positionals, values }) {
      const username = usernameArg(positionals, usage);
      const { core, token } = await signedIn({ applyDueReleases: true });
      return core.call(token, method, { username, reason: reasonOf(values, `${word} by an administrator (no reason given)`) });
    },
    text: userText,
  });
}

const addUsage = 'user add <vault> <username> --name <full name> --roles <r1,r2> --as <admin>';
const resetUsage = 'user reset-password <vault> <username> --as <admin> [--reason <text>]';
const rolesUsage = 'user roles <vault> <username> --roles <r1,r2> --as <admin> [--reason <text>]';
const confirmUsage = 'user confirm-identity <vault> <username> --reason <how it was checked> --as <controller or admin>';

export const userCommands = [
  defineCommand({
    words: ['user', 'add'],
    usage: addUsage,
    summary: "Add a user; their first password comes from QUIRE_NEW_PASSWORD and must be changed at first sign-in.",
    options: { name: { type: 'string' }, roles: { type: 'string' } },
    async run({ signedIn, positionals, values, env }) {
      const username = usernameArg(positionals, addUsage);
      if (typeof values.name !== 'string') throw usageError({ field: 'fullName', problem: 'required' }, addUsage, '--name');
      const userRoles = parseRoles(values.roles, addUsage);
      const initialPassword = await readPassword(env, 'QUIRE_NEW_PASSWORD', `Initial password for ${username}`);
      const { core, token } = await signedIn({ applyDueReleases: true });
      return core.call(token, 'users.add', { username, fullName: values.name, roles: userRoles, initialPassword });
    },
    text: (u) => `Added ${userText(u)}.`,
  }),
  defineCommand({
    words: ['user', 'list'],
    usage: 'user list <vault> --as <user>',
    summary: 'List all users, disabled ones included.',
    options: {},
    async run({ signedIn }) {
      const { core, token } = await signedIn();
      return core.call(token, 'users.list', {});
    },
    text: (users) =>
      formatTable(
        ['id', 'user', 'name', 'roles', 'status'],
        users.map((u) => [u.id, u.username, u.fullName, u.roles.join(','), [u.disabled && 'disabled', u.locked && 'locked', u.mustChangePassword && 'must change password'].filter(Boolean).join(', ') || 'active']),
      ),
  }),
  accountCommand('disable', 'users.disable', 'Disable a user (users are never deleted).'),
  accountCommand('enable', 'users.enable', 'Enable a disabled user again.'),
  accountCommand('unlock', 'users.unlock', 'Unlock a user locked after failed password attempts.'),
  defineCommand({
    words: ['user', 'reset-password'],
    usage: resetUsage,
    summary: "Set a user's password from QUIRE_NEW_PASSWORD; they must change it at next sign-in.",
    options: reasonOption,
    async run({ signedIn, positionals, values, env }) {
      const username = usernameArg(positionals, resetUsage);
      const newPassword = await readPassword(env, 'QUIRE_NEW_PASSWORD', `New password for ${username}`);
      const { core, token } = await signedIn({ applyDueReleases: true });
      return core.call(token, 'users.resetPassword', { username, newPassword, reason: reasonOf(values, 'password reset by an administrator (no reason given)') });
    },
    text: userText,
  }),
  defineCommand({
    words: ['user', 'roles'],
    usage: rolesUsage,
    summary: "Replace a user's roles.",
    options: { roles: { type: 'string' }, ...reasonOption },
    async run({ signedIn, positionals, values }) {
      const username = usernameArg(positionals, rolesUsage);
      const userRoles = parseRoles(values.roles, rolesUsage);
      const { core, token } = await signedIn({ applyDueReleases: true });
      return core.call(token, 'users.setRoles', { username, roles: userRoles, reason: reasonOf(values, 'roles changed by an administrator (no reason given)') });
    },
    text: userText,
  }),
  defineCommand({
    words: ['user', 'confirm-identity'],
    usage: confirmUsage,
    summary: 'Confirm that the signing key a user got after a password reset is theirs (a controller or administrator other than the one who reset it; your password is checked again).',
    options: reasonOption,
    async run({ signedIn, positionals, values }) {
      const username = usernameArg(positionals, confirmUsage);
      if (typeof values.reason !== 'string') throw usageError({ field: 'reason', problem: 'required' }, confirmUsage);
      const { core, token, password } = await signedIn({ applyDueReleases: true });
      return core.call(token, 'users.confirmIdentity', { username, password, reason: values.reason });
    },
    text: (u) => `Identity of ${u.username} (${u.fullName}) confirmed: signatures with their current key no longer carry the password-reset caveat.`,
  }),
  defineCommand({
    words: ['passwd'],
    usage: 'passwd <vault> --as <user>',
    summary: 'Replace your own password: current from QUIRE_PASSWORD, new from QUIRE_NEW_PASSWORD.',
    options: {},
    async run({ signedIn, env }) {
      const newPassword = await readPassword(env, 'QUIRE_NEW_PASSWORD', 'New password');
      const currentPassword = await readPassword(env, 'QUIRE_PASSWORD', 'Current password');
      const { core, token } = await signedIn({ applyDueReleases: true });
      return (await core.call(token, 'session.changePassword', { currentPassword, newPassword })).user;
    },
    text: (u) => `Password changed for ${u.username}.`,
  }),
];
