import type { UserSummary } from '../../../shared/contract';
import { QuireError } from '../../../shared/errors';
import { appendAuditEvent } from '../audit/append-audit-event';
import { actorOf, writeTransaction, type CallContext } from '../core-context';
import { readVaultSettings } from '../vault/vault-settings';
import { statement } from '../vault/statements';
import { hashPassword } from './password-hash';
import { scryptCostsFor } from './scrypt-costs';
import { createSigningKey, rewrapSigningKey, signingKeyBinding } from '../signatures';
import { passwordHashDigest } from './password-hash-digest';
import { retireSigningKeys, rewrapActiveSigningKey, storeSigningKey, type SigningKeyRow } from '../workflow/signing-key-records';
import { checkPasswordPolicy } from './password-policy';
import { markKeyIssuedAfterReset, pendingPasswordReset } from './key-issued-after-reset';
import { checkUserPassword } from './sign-in';
import { toUserSummary, userRowById } from './user-records';

/**
 * A user replaces their own password, proving the current one (which counts toward lockout).
 * Their signing key follows: re-wrapped under the new password, or — when the old password was
 * set by an administrator, or there is no key yet — a new key pair only this user can unlock.
 */
export async function changeOwnPassword(ctx: CallContext, currentPassword: string, newPassword: string): Promise<UserSummary> {
  const db = ctx.vault.db;
  const row = await checkUserPassword(ctx, ctx.user.username, currentPassword, 'password change');
  if (currentPassword === newPassword) throw new QuireError('PASSWORD_REUSED');
  checkPasswordPolicy(newPassword, ctx.user.username, readVaultSettings(db).passwordMinLength);
  const costs = scryptCostsFor(db);
  const passwordHash = await hashPassword(newPassword, costs.passwordHash);
  const current = statement<[number], SigningKeyRow>(db, 'SELECT * FROM signing_keys WHERE user_id = ? AND retired_at IS NULL ORDER BY id DESC LIMIT 1').get(ctx.user.id);
  const keepKey = current !== undefined && row.must_change_password === 0;
  const rewrapped = keepKey ? await rewrapSigningKey(current.encrypted_private_key, currentPassword, newPassword, costs.signingKey) : null;
  const fresh = keepKey ? null : await createSigningKey(newPassword, costs.signingKey);
  return writeTransaction(ctx, () => {
    // Whoever reset the password knew it, so a key issued now is marked until another person confirms the identity.
    const afterReset = fresh !== null && pendingPasswordReset(db, ctx.user.id) !== undefined;
    statement(db, 'UPDATE users SET password_hash = ?, must_change_password = 0 WHERE id = ?').run(passwordHash, ctx.user.id);
    if (rewrapped && current) rewrapActiveSigningKey(db, current.id, rewrapped);
    if (fresh) {
      retireSigningKeys(db, ctx.user.id, ctx.now());
      storeSigningKey(db, ctx.user.id, fresh, ctx.now());
      if (afterReset) markKeyIssuedAfterReset(db, fresh.keyId);
    }
    const signingKey = fresh ? signingKeyBinding(fresh) : 'same key, re-wrapped';
    const passwordHashSha256 = passwordHashDigest(passwordHash);
    appendAuditEvent(db, actorOf(ctx), { action: 'user.password_changed', entityType: 'user', entityId: ctx.user.id, newValue: afterReset ? { signingKey, passwordHashSha256, issuedAfterReset: true } : { signingKey, passwordHashSha256 } }, ctx.now());
    return toUserSummary(db, userRowById(db, ctx.user.id));
  });
}
