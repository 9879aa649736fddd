import { QuireError } from '../../../shared/errors';
import { canonicalSignatureManifest, renditionSignatureManifestFormat, signatureManifestFormat, type SignatureManifestFields } from './canonical-signature-manifest';
import type { SignatureMeaning } from './signature-meanings';

function invalid(why: string): QuireError {
  return new QuireError('SIGNATURE_MANIFEST_INVALID', {}, { problem: why });
}

/**
 * Guarantees the fields of a stored manifest, and that the manifest is exactly what `canonicalSignatureManifest`
 * makes of them (so `canonicalSignatureManifest(parseSignatureManifest(m)) === m`); anything else is refused.
 */
export function parseSignatureManifest(manifest: string): SignatureManifestFields {
  let value: unknown;
  try {
    value = JSON.parse(manifest);
  } catch {
    throw invalid('is not JSON');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw invalid('is not a JSON object');
  const stored = value as Record<string, unknown>;
  if (stored.format !== signatureManifestFormat && stored.format !== renditionSignatureManifestFormat) {
    throw invalid(`is not in the ${signatureManifestFormat} or ${renditionSignatureManifestFormat} format`);
  }
  if (stored.format === renditionSignatureManifestFormat && typeof stored.renditionSha256 !== 'string') throw invalid('has no renditionSha256');
  if (typeof stored.signedAtUtc !== 'string') throw invalid('has no signedAtUtc');

  // Field checks happen in canonicalSignatureManifest; the casts only carry unknown values there.
  const fields: SignatureManifestFields = {
    documentNumber: stored.documentNumber as string,
    documentId: stored.documentId as string,
    revisionId: stored.revisionId as string,
    revisionLabel: stored.revisionLabel as string,
    contentSha256: stored.contentSha256 as string,
    ...(stored.format === renditionSignatureManifestFormat ? { renditionSha256: stored.renditionSha256 as string } : {}),
    meaning: stored.meaning as SignatureMeaning,
    signerUserId: stored.signerUserId as string,
    signerUsername: stored.signerUsername as string,
    printedName: stored.printedName as string,
    signerKeyId: stored.signerKeyId as string,
    signedAt: new Date(stored.signedAtUtc),
    timeZone: stored.timeZone as string,
    utcOffset: stored.utcOffset as string,
    comment: stored.comment as string | null,
    previousSignatureSha256: stored.previousSignatureSha256 as string | null,
  };
  // Rebuilding and comparing bytes catches extra or missing keys, key order, whitespace, escapes and non-NFC text at once.
  if (canonicalSignatureManifest(fields) !== manifest) throw invalid('is not in canonical form');
  return fields;
}
