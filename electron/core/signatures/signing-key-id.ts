import { createHash, createPublicKey, type KeyObject } from 'node:crypto';
import { QuireError } from '../../../shared/errors';

// A KeyObject never changes: its fingerprint is worked out once (a bulk import signs with one key per revision).
const keyIds = new WeakMap<KeyObject, string>();

/**
 * Guarantees the key's fingerprint: lowercase hex SHA-256 of the public key's SPKI DER
 * (what `openssl pkey -pubin -outform DER | openssl dgst -sha256` prints), for a public PEM or any Ed25519 KeyObject.
 */
export function signingKeyId(key: KeyObject | string): string {
  const known = typeof key === 'string' ? undefined : keyIds.get(key);
  if (known) return known;
  let publicKey: KeyObject;
  try {
    // createPublicKey derives the public half of a private KeyObject, but refuses a public one.
    publicKey = typeof key !== 'string' && key.type === 'public' ? key : createPublicKey(key);
  } catch {
    throw new QuireError('SIGNING_KEY_INVALID');
  }
  if (publicKey.asymmetricKeyType !== 'ed25519') throw new QuireError('SIGNING_KEY_INVALID');
  const id = createHash('sha256').update(publicKey.export({ type: 'spki', format: 'der' })).digest('hex');
  if (typeof key !== 'string') keyIds.set(key, id);
  return id;
}
