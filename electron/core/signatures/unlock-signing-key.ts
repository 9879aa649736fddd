import { createDecipheriv, createPrivateKey, type KeyObject } from 'node:crypto';
import { QuireError } from '../../../shared/errors';
import { deriveWrappingKey } from './derive-wrapping-key';
import { parseSigningKeyEnvelope } from './parse-signing-key-envelope';
import { signingKeyEnvelopeHeader } from './signing-key-envelope';
import { signingKeyId } from './signing-key-id';

/**
 * Guarantees the user's Ed25519 private key, whole and matching the envelope's key id, or SIGNING_KEY_LOCKED
 * for a wrong password (the GCM tag refuses it; no partial plaintext is ever used) or SIGNING_KEY_DAMAGED.
 */
export async function unlockSigningKey(encryptedPrivateKey: string, password: string): Promise<KeyObject> {
  const { envelope, salt, iv, tag, encryptedKey } = parseSigningKeyEnvelope(encryptedPrivateKey);
  if (typeof password !== 'string' || password.length === 0) throw new QuireError('SIGNING_KEY_LOCKED');

  const wrappingKey = await deriveWrappingKey(password, salt, envelope.kdf);
  let pkcs8: Buffer;
  const decipher = createDecipheriv('aes-256-gcm', wrappingKey, iv, { authTagLength: 16 });
  decipher.setAAD(signingKeyEnvelopeHeader(envelope));
  decipher.setAuthTag(tag);
  const unauthenticated = decipher.update(encryptedKey);
  try {
    pkcs8 = Buffer.concat([unauthenticated, decipher.final()]);
  } catch {
    // A wrong password and a tampered ciphertext look the same to GCM; the password is by far the likelier cause.
    throw new QuireError('SIGNING_KEY_LOCKED');
  } finally {
    unauthenticated.fill(0);
    wrappingKey.fill(0);
  }

  let privateKey: KeyObject;
  try {
    privateKey = createPrivateKey({ key: pkcs8, format: 'der', type: 'pkcs8' });
  } catch {
    throw new QuireError('SIGNING_KEY_DAMAGED', {}, { why: 'the decrypted key is not PKCS#8' });
  } finally {
    pkcs8.fill(0);
  }
  if (privateKey.asymmetricKeyType !== 'ed25519' || signingKeyId(privateKey) !== envelope.keyId) {
    throw new QuireError('SIGNING_KEY_DAMAGED', {}, { why: 'the decrypted key does not match the envelope key id' });
  }
  return privateKey;
}
