import { QuireError } from '../../../shared/errors';

/** Failed password entries (sign-in or signing) before an account locks until an admin unlocks it. */
export const maxFailedAttempts = 5;

/** From how many attempts left the refusal warns the user before the lockout. */
const warnFrom = 2;

/**
 * The refusal of a wrong password, given how many attempts are left after this one: the lock
 * itself at zero; a warning with `attemptsLeft` (a parameter of WRONG_PASSWORD) when few remain.
 */
export function wrongPasswordError(attemptsLeft: number): QuireError {
  if (attemptsLeft <= 0) {
    return new QuireError('ACCOUNT_LOCKED', { lockedAfter: maxFailedAttempts });
  }
  if (attemptsLeft > warnFrom) return new QuireError('WRONG_PASSWORD');
  return new QuireError('WRONG_PASSWORD', { attemptsLeft });
}
