import type { UserSummary } from '../../../shared/contract';
import { QuireError } from '../../../shared/errors';
import { appendAuditEvent } from '../audit/append-audit-event';
import { actorOf, writeTransaction, type CallContext } from '../core-context';
import { readVaultSettings } from '../vault/vault-settings';
import { statement } from '../vault/statements';
import { hashPassword } from './password-hash';
import { checkPasswordPolicy } from './password-policy';
import { checkUserPassword } from './sign-in';
import { toUserSummary, userRowById } from './user-records';

/** A user replaces their own password, proving the current one (which counts toward lockout). */
export async function changeOwnPassword(ctx: CallContext, currentPassword: string, newPassword: string): Promise<UserSummary> {
  const db = ctx.vault.db;
  await checkUserPassword(ctx, ctx.user.username, currentPassword, 'password change');
  if (currentPassword === newPassword) throw new QuireError('PASSWORD_REUSED');
  checkPasswordPolicy(newPassword, ctx.user.username, readVaultSettings(db).passwordMinLength);
  const passwordHash = await hashPassword(newPassword);
  return writeTransaction(ctx, () => {
    statement(db, 'UPDATE users SET password_hash = ?, must_change_password = 0 WHERE id = ?').run(passwordHash, ctx.user.id);
    appendAuditEvent(db, actorOf(ctx), { action: 'user.password_changed', entityType: 'user', entityId: ctx.user.id }, ctx.now());
    return toUserSummary(db, userRowById(db, ctx.user.id));
  });
}
