import { QuireError } from '../../../shared/errors';
import { appendAuditEvent } from '../audit/append-audit-event';
import { writeTransaction, type CoreContext } from '../core-context';
import { statement } from '../vault/statements';
import { hashPassword, verifyPassword } from './password-hash';
import { findUserRow, toSignedInUser, userRowById, type SignedInUser, type UserRow } from './user-records';

/** Failed password entries (sign-in or signing) before an account locks until an admin unlocks it. */
export const maxFailedAttempts = 5;

// Compared against when the user name is unknown, so a wrong name costs as long as a wrong password.
let decoyHash: Promise<string> | undefined;

/**
 * Checks a user's password, counting failures toward the lockout and auditing each one
 * (21 CFR 11.300(d)). `purpose` names what the password was for ('sign-in', 'signature').
 * Returns the user on success; every refusal is a QuireError and an audit event.
 */
export async function checkUserPassword(ctx: CoreContext, username: string, password: string, purpose: string): Promise<UserRow> {
  const db = ctx.vault.db;
  const found = findUserRow(db, username);
  const actor = { userId: found?.id ?? null, username: found?.username ?? username, workstation: ctx.workstation };
  const refuse = (code: 'WRONG_PASSWORD' | 'ACCOUNT_LOCKED' | 'ACCOUNT_DISABLED', why: string): never => {
    writeTransaction(ctx, () =>
      appendAuditEvent(db, actor, { action: 'user.password_refused', entityType: 'user', entityId: found?.id ?? null, newValue: { purpose, why } }, ctx.now()),
    );
    throw new QuireError(code);
  };
  if (!found) {
    decoyHash ??= hashPassword('decoy-password-for-unknown-users');
    await verifyPassword(password, await decoyHash);
    return refuse('WRONG_PASSWORD', 'unknown user name');
  }
  if (found.disabled_at) return refuse('ACCOUNT_DISABLED', 'account disabled');
  if (found.locked_at) return refuse('ACCOUNT_LOCKED', 'account locked');

  const matches = await verifyPassword(password, found.password_hash);
  if (matches) {
    return writeTransaction(ctx, () => {
      statement(db, 'UPDATE users SET failed_attempts = 0 WHERE id = ?').run(found.id);
      return userRowById(db, found.id);
    });
  }
  const lockedNow = writeTransaction(ctx, () => {
    const current = userRowById(db, found.id);
    const attempts = current.failed_attempts + 1;
    const lock = attempts >= maxFailedAttempts;
    statement(db, 'UPDATE users SET failed_attempts = ?, locked_at = ? WHERE id = ?').run(attempts, lock ? ctx.now().toISOString() : null, found.id);
    appendAuditEvent(db, actor, { action: 'user.password_refused', entityType: 'user', entityId: found.id, newValue: { purpose, why: 'wrong password', failedAttempts: attempts } }, ctx.now());
    if (lock) appendAuditEvent(db, actor, { action: 'user.locked', entityType: 'user', entityId: found.id, reason: `${attempts} failed password attempts` }, ctx.now());
    return lock;
  });
  throw lockedNow
    ? new QuireError('ACCOUNT_LOCKED', { lockedAfter: maxFailedAttempts })
    : new QuireError('WRONG_PASSWORD');
}

/** Signs a user in: the password checked with lockout, and the sign-in itself audited. */
export async function signIn(ctx: CoreContext, username: string, password: string): Promise<SignedInUser> {
  const row = await checkUserPassword(ctx, username, password, 'sign-in');
  writeTransaction(ctx, () =>
    appendAuditEvent(ctx.vault.db, { userId: row.id, username: row.username, workstation: ctx.workstation }, { action: 'session.signed_in', entityType: 'user', entityId: row.id }, ctx.now()),
  );
  return toSignedInUser(ctx.vault.db, row);
}
