import type { ScryptParams } from './derive-wrapping-key';
import { canonicalJson } from './canonical-json';

export const signingKeyEnvelopeFormat = 'quire-signing-key/1';

/**
 * The stored form of a private signing key: self-describing, so any later version (or an auditor) knows
 * how it was wrapped. Serialised as canonical JSON; binary fields are standard base64.
 */
export interface SigningKeyEnvelope {
  format: typeof signingKeyEnvelopeFormat;
  keyId: string;
  kdf: { name: 'scrypt'; salt: string; dkLen: number } & ScryptParams;
  cipher: { name: 'aes-256-gcm'; iv: string; tag: string };
  /** The PKCS#8 DER of the Ed25519 private key, encrypted with AES-256-GCM. */
  encryptedKey: string;
}

/**
 * Guarantees the additional authenticated data of the GCM wrapping: the envelope header, so that the key id
 * or the KDF parameters cannot be swapped without the unwrap failing.
 */
export function signingKeyEnvelopeHeader(envelope: Pick<SigningKeyEnvelope, 'format' | 'keyId' | 'kdf'>): Buffer {
  return Buffer.from(canonicalJson({ format: envelope.format, keyId: envelope.keyId, kdf: { ...envelope.kdf } }), 'utf8');
}
