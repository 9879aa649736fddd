import { createPublicKey, verify } from 'node:crypto';
import { parseSignatureManifest } from './parse-signature-manifest';
import { signingKeyId } from './signing-key-id';

// An Ed25519 signature is 64 bytes: exactly 86 base64 characters and "==".
const ed25519SignatureBase64 = /^[A-Za-z0-9+/]{86}==$/;

/**
 * Guarantees true only when the signature is a valid Ed25519 signature by `publicKeyPem` over exactly these
 * manifest bytes, the manifest is canonical and it names that key; false for everything else, never a throw.
 */
export function verifyManifestSignature(manifest: string, signatureB64: string, publicKeyPem: string): boolean {
  try {
    if (typeof manifest !== 'string' || typeof signatureB64 !== 'string' || typeof publicKeyPem !== 'string') return false;
    if (!ed25519SignatureBase64.test(signatureB64)) return false;
    const publicKey = createPublicKey({ key: publicKeyPem, format: 'pem' });
    if (publicKey.type !== 'public' || publicKey.asymmetricKeyType !== 'ed25519') return false;
    if (!verify(null, Buffer.from(manifest, 'utf8'), publicKey, Buffer.from(signatureB64, 'base64'))) return false;
    return parseSignatureManifest(manifest).signerKeyId === signingKeyId(publicKey);
  } catch {
    return false;
  }
}
