import { randomInt } from 'node:crypto';

// Crockford's base32 without I, L, O, U: a code read off paper and typed is never ambiguous.
const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A fresh random verification code such as `K7QM-2XD9-PA` (50 bits; the vault refuses a duplicate). */
export function newVerificationCode(): string {
  const symbols = Array.from({ length: 10 }, () => alphabet[randomInt(alphabet.length)]).join('');
  return `${symbols.slice(0, 4)}-${symbols.slice(4, 8)}-${symbols.slice(8)}`;
}
