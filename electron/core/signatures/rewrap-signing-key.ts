import type { ScryptParams } from './derive-wrapping-key';
import { unlockSigningKey } from './unlock-signing-key';
import { wrapSigningKey } from './wrap-signing-key';

/**
 * Guarantees a new envelope for the same key pair (same key id and public key) under `newPassword`,
 * with a fresh salt and IV; only the holder of `oldPassword` can obtain it (SIGNING_KEY_LOCKED otherwise).
 * This is for a user changing their own password; an administrator's reset issues a new key pair instead.
 */
export async function rewrapSigningKey(encryptedPrivateKey: string, oldPassword: string, newPassword: string, cost?: ScryptParams): Promise<string> {
  const privateKey = await unlockSigningKey(encryptedPrivateKey, oldPassword);
  return wrapSigningKey(privateKey, newPassword, cost);
}
