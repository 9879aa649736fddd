import { QuireError } from '../../../shared/errors';
import type { CoreContext } from '../core-context';
import { verifyPassword } from './password-hash';
import { findUserRow, toSignedInUser, type SignedInUser } from './user-records';

/**
 * Signs a user in on a core opened read-only: the same refusals as signIn (unknown name, disabled,
 * locked, wrong password), but nothing is recorded, because nothing can be: no sign-in event and no
 * failed attempt counted toward the lockout. That costs nothing an attacker lacks, since whoever can
 * open the vault file read-only can already read the password hashes in it.
 */
export async function signInReadOnly(ctx: CoreContext, username: string, password: string): Promise<SignedInUser> {
  const row = findUserRow(ctx.vault.db, username);
  if (row?.disabled_at) throw new QuireError('ACCOUNT_DISABLED');
  if (row?.locked_at) throw new QuireError('ACCOUNT_LOCKED');
  if (!row || !(await verifyPassword(password, row.password_hash))) throw new QuireError('WRONG_PASSWORD');
  return toSignedInUser(ctx.vault.db, row);
}
