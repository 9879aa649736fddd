import { QuireError } from '../../../shared/errors';
import { canonicalJson } from './canonical-json';
import { isSignatureMeaning, type SignatureMeaning } from './signature-meanings';

export const signatureManifestFormat = 'quire-signature-manifest/1';
/** Format 2 adds `renditionSha256`: the author's PDF rendition, signed together with the source. */
export const renditionSignatureManifestFormat = 'quire-signature-manifest/2';

/** Everything one electronic signature attests to; see docs/signature-manifest.md for the byte-exact form. */
export interface SignatureManifestFields {
  documentNumber: string;
  documentId: string;
  revisionId: string;
  revisionLabel: string;
  /** SHA-256 (hex) of the frozen content the signer saw. */
  contentSha256: string;
  /** SHA-256 (hex) of the PDF rendition the author supplied with the content; absent or null when there is none. */
  renditionSha256?: string | null;
  meaning: SignatureMeaning;
  signerUserId: string;
  signerUsername: string;
  printedName: string;
  /** The key id (SHA-256 of the SPKI DER, hex) of the key pair that signs: names which public key verifies it. */
  signerKeyId: string;
  signedAt: Date;
  /** IANA time zone of the signer's machine, with its offset at `signedAt` (see `localTimeZoneAt`). */
  timeZone: string;
  utcOffset: string;
  comment: string | null;
  /** SHA-256 (hex) of the manifest of the signature before this one on the same revision; null for the first. */
  previousSignatureSha256: string | null;
}

function invalid(field: string, problem: string): QuireError {
  return new QuireError('SIGNATURE_MANIFEST_INVALID', { field }, { problem });
}

// Lone surrogates have no UTF-8 form; control characters hide in print and would make two records look alike.
function text(value: unknown, field: string, allowLineBreaks = false): string {
  if (typeof value !== 'string' || value.length === 0) throw invalid(field, 'must be a non-empty string');
  if (/\p{Cs}/u.test(value)) throw invalid(field, 'contains a broken Unicode character');
  const normalized = value.normalize('NFC');
  const controls = allowLineBreaks ? /[^\P{Cc}\n\t]/u : /\p{Cc}/u;
  if (controls.test(normalized)) throw invalid(field, 'contains a control character');
  return normalized;
}

function sha256Hex(value: unknown, field: string): string {
  if (typeof value !== 'string' || !/^[0-9a-fA-F]{64}$/.test(value)) throw invalid(field, 'must be a SHA-256 in hex');
  return value.toLowerCase();
}

function utcInstant(value: unknown, field: string): string {
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) throw invalid(field, 'must be a valid Date');
  const iso = value.toISOString();
  // Years outside 0000–9999 get a six-digit form that many tools cannot read.
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/.test(iso)) throw invalid(field, 'is out of range');
  return iso;
}

// Zones Intl accepted once (building a formatter to check a name is the slow part of reading a manifest).
const knownTimeZones = new Set<string>();

function ianaTimeZone(value: unknown, field: string): string {
  const name = text(value, field);
  // Intl also accepts bare offsets like "+01:00"; the manifest wants the zone's name, the offset has its own field.
  if (!/^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(name)) throw invalid(field, 'must be an IANA time-zone name');
  if (knownTimeZones.has(name)) return name;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
  } catch {
    throw invalid(field, 'is not a known time zone');
  }
  knownTimeZones.add(name);
  return name;
}

function utcOffset(value: unknown, field: string): string {
  if (typeof value !== 'string' || !/^[+-](?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d)?$/.test(value) || /^-00:00(?::00)?$/.test(value)) {
    throw invalid(field, 'must be an offset like +01:00');
  }
  return value;
}

function comment(value: unknown, field: string): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'string') throw invalid(field, 'must be text or null');
  // Windows and browsers disagree on line endings; a blank comment and no comment must sign the same.
  const unified = value.replace(/\r\n?/g, '\n');
  return unified.trim() === '' ? null : text(unified, field, true);
}

/**
 * Guarantees the one byte-exact text a signature covers: canonical JSON (sorted keys, no whitespace) of the
 * validated, NFC-normalised fields with the format tag `quire-signature-manifest/1`, or `/2` when the
 * revision carries a supplied PDF rendition (then `renditionSha256` too), the same on every machine.
 */
export function canonicalSignatureManifest(fields: SignatureManifestFields): string {
  if (!isSignatureMeaning(fields.meaning)) throw invalid('meaning', 'is not a known signature meaning');
  // Without a rendition the manifest stays byte for byte format 1, so every verifier of format 1 still reads it.
  const rendition: Record<string, string> =
    fields.renditionSha256 === undefined || fields.renditionSha256 === null ? {} : { renditionSha256: sha256Hex(fields.renditionSha256, 'renditionSha256') };
  return canonicalJson({
    format: 'renditionSha256' in rendition ? renditionSignatureManifestFormat : signatureManifestFormat,
    ...rendition,
    documentNumber: text(fields.documentNumber, 'documentNumber'),
    documentId: text(fields.documentId, 'documentId'),
    revisionId: text(fields.revisionId, 'revisionId'),
    revisionLabel: text(fields.revisionLabel, 'revisionLabel'),
    contentSha256: sha256Hex(fields.contentSha256, 'contentSha256'),
    meaning: fields.meaning,
    signerUserId: text(fields.signerUserId, 'signerUserId'),
    signerUsername: text(fields.signerUsername, 'signerUsername'),
    printedName: text(fields.printedName, 'printedName'),
    signerKeyId: sha256Hex(fields.signerKeyId, 'signerKeyId'),
    signedAtUtc: utcInstant(fields.signedAt, 'signedAt'),
    timeZone: ianaTimeZone(fields.timeZone, 'timeZone'),
    utcOffset: utcOffset(fields.utcOffset, 'utcOffset'),
    comment: comment(fields.comment, 'comment'),
    previousSignatureSha256: fields.previousSignatureSha256 === null ? null : sha256Hex(fields.previousSignatureSha256, 'previousSignatureSha256'),
  });
}
