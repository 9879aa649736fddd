import type { UserSummary } from '../../../shared/contract';
import { QuireError } from '../../../shared/errors';
import { appendAuditEvent } from '../audit/append-audit-event';
import { actorOf, writeTransaction, type CallContext } from '../core-context';
import { statement } from '../vault/statements';
import type { SigningKeyRow } from '../workflow/signing-key-records';
import { latestPasswordReset } from './key-issued-after-reset';
import { checkUserPassword } from './sign-in';
import { requireUserRow, toUserSummary, userRowById } from './user-records';

type MarkedKey = SigningKeyRow & { issued_after_reset: number; identity_confirmed_at: string | null };

function keyAwaitingConfirmation(ctx: CallContext, userId: number, username: string): MarkedKey {
  const key = statement<[number], MarkedKey>(ctx.vault.db, 'SELECT * FROM signing_keys WHERE user_id = ? AND retired_at IS NULL ORDER BY id DESC LIMIT 1').get(userId);
  if (!key) throw new QuireError('IDENTITY_NOT_CONFIRMABLE', { username, why: 'no-key-yet' });
  if (key.issued_after_reset !== 1) throw new QuireError('IDENTITY_NOT_CONFIRMABLE', { username, why: 'not-after-reset', keyId: key.key_id });
  if (key.identity_confirmed_at) throw new QuireError('IDENTITY_NOT_CONFIRMABLE', { username, why: 'already-confirmed', keyId: key.key_id, confirmedAt: key.identity_confirmed_at });
  return key;
}

/**
 * Another controller or administrator — neither the user nor whoever reset their password —
 * confirms, re-entering their own password (counted toward lockout), that the signing key issued
 * after a reset belongs to the person it names. Recorded on the key and audited with the reason.
 */
export async function confirmIdentity(ctx: CallContext, username: string, password: string, reason: string): Promise<UserSummary> {
  const db = ctx.vault.db;
  if (!ctx.user.roles.includes('controller') && !ctx.user.roles.includes('admin')) {
    throw new QuireError('PERMISSION_DENIED', { reason: 'confirm-identity', username: ctx.user.username, roles: ctx.user.roles });
  }
  const target = requireUserRow(db, username);
  const independent = () => {
    const reset = latestPasswordReset(db, target.id);
    if (target.id === ctx.user.id || reset?.user_id === ctx.user.id) {
      throw new QuireError('IDENTITY_CONFIRMER_NOT_INDEPENDENT', { username: target.username, who: target.id === ctx.user.id ? 'self' : 'resetter' });
    }
  };
  independent();
  keyAwaitingConfirmation(ctx, target.id, target.username);
  await checkUserPassword(ctx, ctx.user.username, password, 'identity confirmation');
  return writeTransaction(ctx, () => {
    // Re-read: the user may have been reset again (a new key) or confirmed by someone else meanwhile.
    independent();
    const key = keyAwaitingConfirmation(ctx, target.id, target.username);
    const at = ctx.now().toISOString();
    statement(db, 'UPDATE signing_keys SET identity_confirmed_at = ?, identity_confirmed_by = ? WHERE id = ?').run(at, ctx.user.id, key.id);
    appendAuditEvent(db, actorOf(ctx), {
      action: 'user.identity_confirmed',
      entityType: 'user',
      entityId: target.id,
      newValue: { signingKey: key.key_id, confirmedBy: ctx.user.username, printedName: ctx.user.fullName, meaning: 'identity confirmed (password re-entered)' },
      reason,
    }, ctx.now());
    return toUserSummary(db, userRowById(db, target.id));
  });
}
