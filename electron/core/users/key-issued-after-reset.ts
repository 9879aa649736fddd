import type Database from 'better-sqlite3';
import { statement } from '../vault/statements';

export interface PasswordResetEvent {
  id: number;
  /** The administrator who reset the password. */
  user_id: number | null;
  username: string | null;
  workstation: string;
  occurred_at: string;
}

/**
 * The administrator's reset that set a user's current password, or undefined when the user has set
 * their own since (or never was reset). Read from the audit trail, which records both acts.
 */
export function pendingPasswordReset(db: Database.Database, userId: number): PasswordResetEvent | undefined {
  const last = statement<[string], PasswordResetEvent & { action: string }>(
    db,
    `SELECT id, action, user_id, username, workstation, occurred_at FROM audit_events
     WHERE entity_type = 'user' AND entity_id = ? AND action IN ('user.password_reset', 'user.password_changed')
     ORDER BY id DESC LIMIT 1`,
  ).get(String(userId));
  return last?.action === 'user.password_reset' ? last : undefined;
}

/** The most recent administrator's reset of a user's password, whether or not the user has changed it since. */
export function latestPasswordReset(db: Database.Database, userId: number): PasswordResetEvent | undefined {
  return statement<[string], PasswordResetEvent>(
    db,
    "SELECT id, user_id, username, workstation, occurred_at FROM audit_events WHERE entity_type = 'user' AND entity_id = ? AND action = 'user.password_reset' ORDER BY id DESC LIMIT 1",
  ).get(String(userId));
}

/** Marks a just-stored key as issued after a reset; call in the transaction (and beside the audit event) that issued it. */
export function markKeyIssuedAfterReset(db: Database.Database, keyId: string): void {
  statement(db, 'UPDATE signing_keys SET issued_after_reset = 1 WHERE key_id = ?').run(keyId);
}
