import { QuireError } from '../../../shared/errors';

/** Refuses passwords that are short, all one character class, or contain the user name. */
export function checkPasswordPolicy(password: string, username: string, minLength: number): void {
  const weak = (why: string) => {
    throw new QuireError('PASSWORD_TOO_WEAK', `The password is too weak: ${why}.`);
  };
  if ([...password].length < minLength) weak(`use at least ${minLength} characters`);
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(password)).length;
  if (classes < 2) weak('mix at least two of lower case, upper case, digits and symbols');
  if (password.toLowerCase().includes(username.toLowerCase())) weak('do not include your user name');
}
