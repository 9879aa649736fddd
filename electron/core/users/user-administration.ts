import type Database from 'better-sqlite3';
import type { UserAdministration } from '../../../shared/contract';
import { statement } from '../vault/statements';
import { pendingPasswordReset } from './key-issued-after-reset';
import { toUserSummary, type UserRow } from './user-records';

/**
 * Every account as an administrator needs to see it: the lock with the reason its audit event gave,
 * disabling, a reset password not yet replaced, and a live key issued after a reset whose owner's
 * identity nobody has confirmed yet (users.confirmIdentity).
 */
export function userAdministration(db: Database.Database): UserAdministration[] {
  const lockReason = statement<[string], { reason: string | null }>(
    db,
    "SELECT reason FROM audit_events WHERE entity_type = 'user' AND entity_id = ? AND action = 'user.locked' ORDER BY id DESC LIMIT 1",
  );
  const unconfirmedKey = statement<[number], { n: number }>(
    db,
    'SELECT count(*) AS n FROM signing_keys WHERE user_id = ? AND retired_at IS NULL AND issued_after_reset = 1 AND identity_confirmed_at IS NULL',
  );
  return statement<[], UserRow>(db, 'SELECT * FROM users ORDER BY username')
    .all()
    .map((row) => ({
      ...toUserSummary(db, row),
      lockedAt: row.locked_at,
      lockReason: row.locked_at === null ? null : (lockReason.get(String(row.id))?.reason ?? null),
      disabledAt: row.disabled_at,
      failedAttempts: row.failed_attempts,
      passwordResetPending: pendingPasswordReset(db, row.id) !== undefined,
      keyAwaitingIdentityConfirmation: unconfirmedKey.get(row.id)!.n > 0,
    }));
}
