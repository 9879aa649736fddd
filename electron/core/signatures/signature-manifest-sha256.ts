import { createHash } from 'node:crypto';

/** Guarantees the lowercase hex SHA-256 of the manifest's UTF-8 bytes: the value the next signature's `previousSignatureSha256` holds. */
export function signatureManifestSha256(manifest: string): string {
  return createHash('sha256').update(manifest, 'utf8').digest('hex');
}
