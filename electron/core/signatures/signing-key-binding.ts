import type { SigningKey } from './create-signing-key';

/** What the audit event that issues a signing key records of it, so verify can hold the key row to it. */
export interface SigningKeyBinding {
  keyId: string;
  publicKeyPem: string;
}

/** The key id and public key of a new key pair, for its issuing event (the private part never goes in). */
export function signingKeyBinding(key: Pick<SigningKey, 'keyId' | 'publicKeyPem'>): SigningKeyBinding {
  return { keyId: key.keyId, publicKeyPem: key.publicKeyPem };
}
