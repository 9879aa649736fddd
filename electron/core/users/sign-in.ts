import { QuireError } from '../../../shared/errors';
import { appendAuditEvent, type Actor } from '../audit/append-audit-event';
import { writeTransaction, type CoreContext } from '../core-context';
import { hashPassword, verifyPassword } from './password-hash';
import { decidePasswordAttempt, unknownNameAttempts } from './password-attempt';
import { findUserRow, toSignedInUser, type SignedInUser, type UserRow } from './user-records';
import { maxFailedAttempts, wrongPasswordError } from './wrong-password-error';

// Compared against when the user name is unknown, so a wrong name costs as long as a wrong password.
let decoyHash: Promise<string> | undefined;

type RefusalCode = 'WRONG_PASSWORD' | 'ACCOUNT_LOCKED' | 'ACCOUNT_DISABLED';

function auditRefusal(ctx: CoreContext, actor: Actor, userId: number | null, purpose: string, why: string): void {
  writeTransaction(ctx, () =>
    appendAuditEvent(ctx.vault.db, actor, { action: 'user.password_refused', entityType: 'user', entityId: userId, newValue: { purpose, why } }, ctx.now()),
  );
}

/**
 * Checks a user's password, counting failures toward the lockout and auditing each one
 * (21 CFR 11.300(d)). `purpose` names what the password was for ('sign-in', 'signature').
 * The decision is taken inside one write transaction after the slow scrypt, against the row as
 * it is then: a lock set meanwhile wins, failures only ever add to the count, a success never
 * clears a lock, and an attempt on a locked account is refused without saying whether the
 * password was right. Returns the user on success; every refusal is a QuireError and an audit event.
 */
export async function checkUserPassword(ctx: CoreContext, username: string, password: string, purpose: string): Promise<UserRow> {
  const db = ctx.vault.db;
  const found = findUserRow(db, username);
  const actor = { userId: found?.id ?? null, username: found?.username ?? username, workstation: ctx.workstation };
  const refuse = (code: RefusalCode, why: string): never => {
    auditRefusal(ctx, actor, found?.id ?? null, purpose, why);
    throw new QuireError(code);
  };
  if (!found) {
    decoyHash ??= hashPassword('decoy-password-for-unknown-users');
    await verifyPassword(password, await decoyHash);
    // An unknown name counts down and "locks" like a real account, so the answers do not tell which names exist.
    const attemptsLeft = maxFailedAttempts - unknownNameAttempts(db, username);
    if (attemptsLeft <= 0) return refuse('ACCOUNT_LOCKED', 'unknown user name');
    auditRefusal(ctx, actor, null, purpose, 'unknown user name');
    throw wrongPasswordError(attemptsLeft - 1);
  }
  if (found.disabled_at) return refuse('ACCOUNT_DISABLED', 'account disabled');
  if (found.locked_at) return refuse('ACCOUNT_LOCKED', 'account locked');

  const matches = await verifyPassword(password, found.password_hash);
  const outcome = writeTransaction(ctx, () => decidePasswordAttempt(ctx, actor, found, matches, purpose));
  if (outcome.kind === 'accepted') return outcome.row;
  throw outcome.error;
}

/** Signs a user in: the password checked with lockout, and the sign-in itself audited. */
export async function signIn(ctx: CoreContext, username: string, password: string): Promise<SignedInUser> {
  const row = await checkUserPassword(ctx, username, password, 'sign-in');
  writeTransaction(ctx, () =>
    appendAuditEvent(ctx.vault.db, { userId: row.id, username: row.username, workstation: ctx.workstation }, { action: 'session.signed_in', entityType: 'user', entityId: row.id }, ctx.now()),
  );
  return toSignedInUser(ctx.vault.db, row);
}
