import type { UserSummary } from '../../../shared/contract';
import { QuireError } from '../../../shared/errors';
import type { Role } from '../../../shared/roles';
import { appendAuditEvent } from '../audit/append-audit-event';
import { actorOf, writeTransaction, type CallContext } from '../core-context';
import { readVaultSettings } from '../vault/vault-settings';
import { statement } from '../vault/statements';
import { hashPassword } from './password-hash';
import { scryptCostsFor } from './scrypt-costs';
import { passwordHashDigest } from './password-hash-digest';
import { retireSigningKeys } from '../workflow/signing-key-records';
import { checkPasswordPolicy } from './password-policy';
import { otherActiveAdmins, requireUserRow, setUserRoles, toUserSummary, userRowById, userRoles, type UserRow } from './user-records';

// An administrator's acts on other accounts. Each is one transaction with its audit event and reason.

function changeUser(ctx: CallContext, username: string, action: string, reason: string, change: (row: UserRow) => { oldValue?: unknown; newValue?: unknown }): UserSummary {
  const db = ctx.vault.db;
  return writeTransaction(ctx, () => {
    const row = requireUserRow(db, username);
    const { oldValue, newValue } = change(row);
    appendAuditEvent(db, actorOf(ctx), { action, entityType: 'user', entityId: row.id, oldValue, newValue, reason }, ctx.now());
    return toUserSummary(db, userRowById(db, row.id));
  });
}

function refuseLeavingNoAdmin(ctx: CallContext, row: UserRow): void {
  if (userRoles(ctx.vault.db, row.id).includes('admin') && otherActiveAdmins(ctx.vault.db, row.id) === 0) {
    throw new QuireError('LAST_ADMIN', { username: row.username });
  }
}

/** Disables a user: they can no longer sign in or sign; their records and id stay. */
export function disableUser(ctx: CallContext, username: string, reason: string): UserSummary {
  return changeUser(ctx, username, 'user.disabled', reason, (row) => {
    refuseLeavingNoAdmin(ctx, row);
    statement(ctx.vault.db, 'UPDATE users SET disabled_at = ? WHERE id = ?').run(ctx.now().toISOString(), row.id);
    return { oldValue: { disabled: row.disabled_at !== null }, newValue: { disabled: true } };
  });
}

export function enableUser(ctx: CallContext, username: string, reason: string): UserSummary {
  return changeUser(ctx, username, 'user.enabled', reason, (row) => {
    statement(ctx.vault.db, 'UPDATE users SET disabled_at = NULL WHERE id = ?').run(row.id);
    return { oldValue: { disabled: row.disabled_at !== null }, newValue: { disabled: false } };
  });
}

/** Unlocks an account locked by failed attempts and clears the count. */
export function unlockUser(ctx: CallContext, username: string, reason: string): UserSummary {
  return changeUser(ctx, username, 'user.unlocked', reason, (row) => {
    statement(ctx.vault.db, 'UPDATE users SET locked_at = NULL, failed_attempts = 0 WHERE id = ?').run(row.id);
    return { oldValue: { locked: row.locked_at !== null, failedAttempts: row.failed_attempts }, newValue: { locked: false } };
  });
}

export function setRoles(ctx: CallContext, username: string, roles: Role[], reason: string): UserSummary {
  return changeUser(ctx, username, 'user.roles_changed', reason, (row) => {
    // An administrator granting themself approver or controller could approve and release alone.
    if (row.id === ctx.user.id) throw new QuireError('OWN_ROLES_UNCHANGEABLE', { username: row.username });
    const before = userRoles(ctx.vault.db, row.id);
    if (!roles.includes('admin')) refuseLeavingNoAdmin(ctx, row);
    setUserRoles(ctx.vault.db, row.id, roles);
    return { oldValue: { roles: before }, newValue: { roles: [...new Set(roles)].sort() } };
  });
}

/** Sets a new password chosen by an administrator; the user must replace it at next sign-in. */
export async function resetPassword(ctx: CallContext, username: string, newPassword: string, reason: string): Promise<UserSummary> {
  const target = requireUserRow(ctx.vault.db, username);
  checkPasswordPolicy(newPassword, target.username, readVaultSettings(ctx.vault.db).passwordMinLength);
  const passwordHash = await hashPassword(newPassword, scryptCostsFor(ctx.vault.db).passwordHash);
  return changeUser(ctx, username, 'user.password_reset', reason, (row) => {
    statement(ctx.vault.db, 'UPDATE users SET password_hash = ?, must_change_password = 1, failed_attempts = 0 WHERE id = ?').run(passwordHash, row.id);
    // The administrator knows this password, so it must not unlock the user's key: the key pair is retired
    // (its public key stays for old signatures) and a new one is issued when the user sets their own password.
    const retired = retireSigningKeys(ctx.vault.db, row.id, ctx.now());
    return { newValue: { mustChangePassword: true, signingKeysRetired: retired, passwordHashSha256: passwordHashDigest(passwordHash) } };
  });
}
