import { addUser } from '../users/add-user';
import { disableUser, enableUser, resetPassword, setRoles, unlockUser } from '../users/administer-users';
import { changeOwnPassword } from '../users/change-own-password';
import { confirmIdentity } from '../users/confirm-identity';
import { toUserSummary, userRowById } from '../users/user-records';
import { actorOf } from '../core-context';
import type { HandlerTable } from './handler-table';

export const userHandlers: HandlerTable<
  'session.current' | 'session.changePassword' | 'session.logout' | 'users.list' | 'users.add' | 'users.setRoles' | 'users.disable' | 'users.enable' | 'users.unlock' | 'users.resetPassword' | 'users.confirmIdentity'
> = {
  'session.current': (ctx) => ({ user: toUserSummary(ctx.vault.db, userRowById(ctx.vault.db, ctx.user.id)) }),
  'session.changePassword': async (ctx, input) => ({ user: await changeOwnPassword(ctx, input.currentPassword, input.newPassword) }),
  'session.logout': (_ctx, _input, session) => {
    session.end();
    return {};
  },
  'users.list': (ctx) => (ctx.vault.db.prepare('SELECT id FROM users ORDER BY id').all() as { id: number }[]).map((u) => toUserSummary(ctx.vault.db, userRowById(ctx.vault.db, u.id))),
  'users.add': (ctx, input) =>
    addUser(ctx, actorOf(ctx), { username: input.username, fullName: input.fullName, roles: input.roles, password: input.initialPassword, mustChangePassword: true, reason: input.reason }),
  'users.setRoles': (ctx, input) => setRoles(ctx, input.username, input.roles, input.reason),
  'users.disable': (ctx, input) => disableUser(ctx, input.username, input.reason),
  'users.enable': (ctx, input) => enableUser(ctx, input.username, input.reason),
  'users.unlock': (ctx, input) => unlockUser(ctx, input.username, input.reason),
  'users.resetPassword': (ctx, input) => resetPassword(ctx, input.username, input.newPassword, input.reason),
  'users.confirmIdentity': (ctx, input) => confirmIdentity(ctx, input.username, input.password, input.reason),
};
