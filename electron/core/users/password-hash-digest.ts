import { createHash } from 'node:crypto';

/**
 * The SHA-256 of a stored password hash string, for the audit event that set it: the chain then binds
 * each password change, so a hash written into the file without the app no longer matches the trail.
 * It reveals nothing usable: the stored hash is salted scrypt, and this is a digest of that.
 */
export function passwordHashDigest(passwordHash: string): string {
  return createHash('sha256').update(passwordHash, 'utf8').digest('hex');
}
