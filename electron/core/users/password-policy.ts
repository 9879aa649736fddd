import { QuireError } from '../../../shared/errors';
import type { WeakPasswordReason } from '../../../shared/errors/user-error-codes';

/** Refuses passwords that are short, all one character class, or contain the user name. */
export function checkPasswordPolicy(password: string, username: string, minLength: number): void {
  const weak = (why: WeakPasswordReason) => {
    throw new QuireError('PASSWORD_TOO_WEAK', why);
  };
  if ([...password].length < minLength) weak({ rule: 'too-short', minLength });
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(password)).length;
  if (classes < 2) weak({ rule: 'one-class' });
  if (password.toLowerCase().includes(username.toLowerCase())) weak({ rule: 'contains-user-name' });
}
