import { sign, type KeyObject } from 'node:crypto';
import { QuireError } from '../../../shared/errors';
import { parseSignatureManifest } from './parse-signature-manifest';
import { signingKeyId } from './signing-key-id';

/**
 * Guarantees a base64 Ed25519 signature (RFC 8032, 64 bytes) over the manifest's UTF-8 bytes. Refuses anything
 * but a canonical manifest naming this very key, so a user's key never signs arbitrary text.
 */
export function signManifest(manifest: string, privateKey: KeyObject): string {
  const fields = parseSignatureManifest(manifest);
  if (privateKey?.type !== 'private' || privateKey.asymmetricKeyType !== 'ed25519') throw new QuireError('SIGNING_KEY_INVALID');
  if (signingKeyId(privateKey) !== fields.signerKeyId) {
    throw new QuireError('SIGNATURE_MANIFEST_INVALID', { field: 'signerKeyId' }, { problem: 'names a different signing key than the one signing it' });
  }
  // Ed25519 hashes internally (PureEdDSA), hence no digest algorithm.
  return sign(null, Buffer.from(manifest, 'utf8'), privateKey).toString('base64');
}
