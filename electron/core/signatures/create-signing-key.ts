import { generateKeyPairSync } from 'node:crypto';
import { QuireError } from '../../../shared/errors';
import { signingKeyScryptParams, type ScryptParams } from './derive-wrapping-key';
import { signingKeyId } from './signing-key-id';
import { wrapSigningKey } from './wrap-signing-key';

/** What the vault stores for one key pair of one user; all plain strings. */
export interface SigningKey {
  /** The Ed25519 public key, SPKI PEM: what anyone verifies with, offline. */
  publicKeyPem: string;
  /** The private key wrapped under the user's password (a `quire-signing-key/1` envelope, canonical JSON). */
  encryptedPrivateKey: string;
  /** Lowercase hex SHA-256 of the SPKI DER. */
  keyId: string;
}

/**
 * Guarantees a fresh Ed25519 key pair whose private half exists only encrypted under a key derived from
 * `password`, so neither an administrator nor a holder of the vault file can sign with it.
 */
export async function createSigningKey(password: string, cost: ScryptParams = signingKeyScryptParams): Promise<SigningKey> {
  if (typeof password !== 'string' || password.length === 0) throw new QuireError('SIGNING_PASSWORD_REQUIRED');
  // Ed25519 key generation takes microseconds; only the scrypt step needs the thread pool.
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  return {
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    encryptedPrivateKey: await wrapSigningKey(privateKey, password, cost),
    keyId: signingKeyId(publicKey),
  };
}
