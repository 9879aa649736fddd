import type Database from 'better-sqlite3';
import { QuireError } from '../../../shared/errors';
import { appendAuditEvent, type Actor } from '../audit/append-audit-event';
import type { CoreContext } from '../core-context';
import { statement } from '../vault/statements';
import { userRowById, type UserRow } from './user-records';
import { maxFailedAttempts, wrongPasswordError } from './wrong-password-error';

export type PasswordAttemptOutcome = { kind: 'accepted'; row: UserRow } | { kind: 'refused'; error: QuireError };

/**
 * Decides one password attempt whose scrypt check is done; call inside a write transaction. The row
 * is read again here, so parallel attempts are decided one at a time against the newest state: a
 * lock or a disabling set meanwhile wins (and the answer does not say whether this password was
 * right), a hash replaced meanwhile makes the check stale, a failure adds one to the count and locks
 * at the limit, and a success clears the count of an account that is still unlocked.
 * Refusals are returned rather than thrown so their audit events commit.
 */
export function decidePasswordAttempt(ctx: CoreContext, actor: Actor, checked: UserRow, matches: boolean, purpose: string): PasswordAttemptOutcome {
  const db = ctx.vault.db;
  const now = ctx.now();
  const current = userRowById(db, checked.id);
  const refused = (code: 'ACCOUNT_LOCKED' | 'ACCOUNT_DISABLED' | 'WRONG_PASSWORD', why: string): PasswordAttemptOutcome => {
    appendAuditEvent(db, actor, { action: 'user.password_refused', entityType: 'user', entityId: current.id, newValue: { purpose, why } }, now);
    return { kind: 'refused', error: new QuireError(code) };
  };
  if (current.disabled_at) return refused('ACCOUNT_DISABLED', 'account disabled');
  if (current.locked_at) return refused('ACCOUNT_LOCKED', 'account locked');
  if (current.password_hash !== checked.password_hash) return refused('WRONG_PASSWORD', 'password changed meanwhile');
  if (matches) {
    statement(db, 'UPDATE users SET failed_attempts = 0 WHERE id = ? AND locked_at IS NULL').run(current.id);
    return { kind: 'accepted', row: userRowById(db, current.id) };
  }
  const attempts = current.failed_attempts + 1;
  const lock = attempts >= maxFailedAttempts;
  statement(db, 'UPDATE users SET failed_attempts = failed_attempts + 1, locked_at = coalesce(locked_at, ?) WHERE id = ?').run(lock ? now.toISOString() : null, current.id);
  appendAuditEvent(db, actor, { action: 'user.password_refused', entityType: 'user', entityId: current.id, newValue: { purpose, why: 'wrong password', failedAttempts: attempts } }, now);
  if (lock) appendAuditEvent(db, actor, { action: 'user.locked', entityType: 'user', entityId: current.id, reason: `${attempts} failed password attempts` }, now);
  return { kind: 'refused', error: wrongPasswordError(maxFailedAttempts - attempts) };
}

/** How many times a user name that is not in the vault has been refused: it counts down like a real account. */
export function unknownNameAttempts(db: Database.Database, username: string): number {
  return statement<[string], { n: number }>(
    db,
    "SELECT count(*) AS n FROM audit_events WHERE entity_type = 'user' AND entity_id IS NULL AND action = 'user.password_refused' AND username = ? COLLATE NOCASE",
  ).get(username)!.n;
}
