import { createCipheriv, randomBytes, type KeyObject } from 'node:crypto';
import { QuireError } from '../../../shared/errors';
import { canonicalJson } from './canonical-json';
import { deriveWrappingKey, signingKeyScryptParams, wrappingKeyLength, type ScryptParams } from './derive-wrapping-key';
import { signingKeyEnvelopeFormat, signingKeyEnvelopeHeader, type SigningKeyEnvelope } from './signing-key-envelope';
import { signingKeyId } from './signing-key-id';

/**
 * Guarantees a stored envelope (canonical JSON) holding the Ed25519 private key as PKCS#8 DER under AES-256-GCM,
 * with a fresh random salt and IV, whose only way back is the password.
 */
export async function wrapSigningKey(privateKey: KeyObject, password: string, cost: ScryptParams = signingKeyScryptParams): Promise<string> {
  if (typeof password !== 'string' || password.length === 0) throw new QuireError('SIGNING_PASSWORD_REQUIRED');
  if (privateKey.type !== 'private' || privateKey.asymmetricKeyType !== 'ed25519') throw new QuireError('SIGNING_KEY_INVALID');

  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const header: Pick<SigningKeyEnvelope, 'format' | 'keyId' | 'kdf'> = {
    format: signingKeyEnvelopeFormat,
    keyId: signingKeyId(privateKey),
    kdf: { name: 'scrypt', N: cost.N, r: cost.r, p: cost.p, dkLen: wrappingKeyLength, salt: salt.toString('base64') },
  };
  const wrappingKey = await deriveWrappingKey(password, salt, cost);
  const pkcs8 = privateKey.export({ type: 'pkcs8', format: 'der' });
  try {
    const cipher = createCipheriv('aes-256-gcm', wrappingKey, iv, { authTagLength: 16 });
    cipher.setAAD(signingKeyEnvelopeHeader(header));
    const encryptedKey = Buffer.concat([cipher.update(pkcs8), cipher.final()]);
    const envelope: SigningKeyEnvelope = {
      ...header,
      cipher: { name: 'aes-256-gcm', iv: iv.toString('base64'), tag: cipher.getAuthTag().toString('base64') },
      encryptedKey: encryptedKey.toString('base64'),
    };
    return canonicalJson({ ...envelope, kdf: { ...envelope.kdf }, cipher: { ...envelope.cipher } });
  } finally {
    // Best effort: the JS heap may hold copies, but these buffers at least do not outlive the call.
    wrappingKey.fill(0);
    pkcs8.fill(0);
  }
}
