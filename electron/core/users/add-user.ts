import type { UserSummary } from '../../../shared/contract';
import { QuireError } from '../../../shared/errors';
import type { Role } from '../../../shared/roles';
import { appendAuditEvent, type Actor } from '../audit/append-audit-event';
import { writeTransaction, type CoreContext } from '../core-context';
import { readVaultSettings } from '../vault/vault-settings';
import { statement } from '../vault/statements';
import { hashPassword } from './password-hash';
import { scryptCostsFor } from './scrypt-costs';
import { createSigningKey, signingKeyBinding } from '../signatures';
import { passwordHashDigest } from './password-hash-digest';
import { storeSigningKey } from '../workflow/signing-key-records';
import { checkPasswordPolicy } from './password-policy';
import { findUserRow, setUserRoles, toUserSummary, userRowById } from './user-records';

export interface NewUser {
  username: string;
  fullName: string;
  roles: Role[];
  password: string;
  /** False only for the first admin, who chose their own password at `quire init`. */
  mustChangePassword: boolean;
  /** Why the account was opened, recorded in its audit event (the app always asks). */
  reason?: string | undefined;
}

/** Adds a user with a fresh id (never reused) and audits it; a taken name, even of a disabled user, is refused. */
export async function addUser(ctx: CoreContext, actor: Actor, user: NewUser): Promise<UserSummary> {
  const db = ctx.vault.db;
  if (findUserRow(db, user.username)) throw new QuireError('USER_EXISTS', { username: user.username });
  checkPasswordPolicy(user.password, user.username, readVaultSettings(db).passwordMinLength);
  const costs = scryptCostsFor(db);
  const passwordHash = await hashPassword(user.password, costs.passwordHash);
  // A password chosen by someone else must not protect a signing key: the key comes when the user sets their own.
  const signingKey = user.mustChangePassword ? null : await createSigningKey(user.password, costs.signingKey);
  return writeTransaction(ctx, () => {
    if (findUserRow(db, user.username)) throw new QuireError('USER_EXISTS', { username: user.username });
    const { lastInsertRowid } = statement(
      db,
      'INSERT INTO users (username, full_name, password_hash, must_change_password, created_at) VALUES (?, ?, ?, ?, ?)',
    ).run(user.username, user.fullName, passwordHash, user.mustChangePassword ? 1 : 0, ctx.now().toISOString());
    const id = Number(lastInsertRowid);
    setUserRoles(db, id, user.roles);
    if (signingKey) storeSigningKey(db, id, signingKey, ctx.now());
    const summary = toUserSummary(db, userRowById(db, id));
    appendAuditEvent(db, actor.userId === null ? { ...actor, userId: id, username: user.username } : actor, {
      action: 'user.added',
      entityType: 'user',
      entityId: id,
      // The hash digest and the issued key bind the password and the key row to this event (checked by verify).
      newValue: {
        username: summary.username,
        fullName: summary.fullName,
        roles: summary.roles,
        mustChangePassword: user.mustChangePassword,
        passwordHashSha256: passwordHashDigest(passwordHash),
        signingKey: signingKey ? signingKeyBinding(signingKey) : null,
      },
      reason: user.reason ?? null,
    }, ctx.now());
    return summary;
  });
}
