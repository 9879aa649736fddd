import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import type { ScryptParams } from '../signatures';

/** Current cost for new hashes; stored with each hash so it can be raised later without breaking old ones. */
export const passwordHashParameters = { N: 2 ** 17, r: 8, p: 1, keyLength: 32 } as const;

function scryptAsync(password: string, salt: Buffer, keyLength: number, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFC'), salt, keyLength, options, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

const memoryFor = (N: number, r: number) => 256 * N * r; // twice scrypt's 128·N·r, as Node requires headroom

/** A self-describing hash: scrypt$N$r$p$salt$key (base64), with a fresh 16-byte salt; the cost is the current one unless given. */
export async function hashPassword(password: string, cost: ScryptParams = passwordHashParameters): Promise<string> {
  const { keyLength } = passwordHashParameters;
  const { N, r, p } = cost;
  const salt = randomBytes(16);
  const key = await scryptAsync(password, salt, keyLength, { N, r, p, maxmem: memoryFor(N, r) });
  return ['scrypt', N, r, p, salt.toString('base64'), key.toString('base64')].join('$');
}

/** True when the password matches; compares in constant time; false for any malformed hash. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, saltB64, keyB64] = stored.split('$');
  if (scheme !== 'scrypt' || !n || !r || !p || !saltB64 || !keyB64) return false;
  const expected = Buffer.from(keyB64, 'base64');
  const N = Number(n);
  const R = Number(r);
  const key = await scryptAsync(password, Buffer.from(saltB64, 'base64'), expected.length, { N, r: R, p: Number(p), maxmem: memoryFor(N, R) });
  return key.length === expected.length && timingSafeEqual(key, expected);
}
