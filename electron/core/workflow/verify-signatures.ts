import type Database from 'better-sqlite3';
import type { MethodResult, VerifyProblem } from '../../../shared/contract';
import { hashStoredContent } from '../content/content-store';
import { parseSignatureManifest, signatureManifestSha256, verifyManifestSignature, type SignatureManifestFields } from '../signatures';
import { iterateSignatureRows, toSignature, type SignatureRow } from './signature-queries';
import { boundSigningKeys } from '../verify/replay/bound-signing-keys';
import { keyBindingProblem } from '../verify/replay/signing-keys';

/**
 * What is wrong with one stored signature: its Ed25519 signature over the manifest, the manifest
 * against the stored record and the revision's content hash, and its link to the signature before
 * it on the same revision (so a removed signature is noticed).
 */
export function signatureProblems(row: SignatureRow, previousOnRevision: SignatureRow | undefined, storedContentSha256?: string, storedRenditionSha256?: string): string[] {
  const problems: string[] = [];
  if (!verifyManifestSignature(row.manifest, row.signature, row.public_key_pem)) {
    problems.push('the Ed25519 signature does not verify against the signer’s public key for this manifest');
  }
  let fields: SignatureManifestFields;
  try {
    fields = parseSignatureManifest(row.manifest);
  } catch (error) {
    return [...problems, `the stored manifest is not valid: ${(error as Error).message}`];
  }
  const expect = (what: string, inManifest: unknown, inRecord: unknown) => {
    if (inManifest !== inRecord) problems.push(`the manifest's ${what} (${String(inManifest)}) differs from the record (${String(inRecord)})`);
  };
  expect('content hash', fields.contentSha256, row.content_sha256);
  expect('meaning', fields.meaning, row.meaning);
  expect('time', fields.signedAt.toISOString(), row.signed_at);
  expect('signer', fields.signerUserId, String(row.user_id));
  expect('printed name', fields.printedName, row.printed_name);
  expect('revision', fields.revisionId, String(row.revision_id));
  expect('signing key', fields.signerKeyId, row.key_id);
  expect('comment', fields.comment, row.comment);
  expect('time zone', fields.timeZone, row.time_zone);
  expect('UTC offset', fields.utcOffset, row.utc_offset);
  expect('link to the previous signature', fields.previousSignatureSha256, previousOnRevision ? signatureManifestSha256(previousOnRevision.manifest) : null);
  if (row.content_sha256 !== row.revision_sha256) {
    problems.push(`the signed content hash ${row.content_sha256.slice(0, 12)}… is not the revision's recorded hash ${row.revision_sha256.slice(0, 12)}…`);
  }
  if (storedContentSha256 !== undefined && storedContentSha256 !== row.content_sha256) {
    problems.push(`the revision's stored content now hashes to ${storedContentSha256.slice(0, 12)}…, not the signed content hash ${row.content_sha256.slice(0, 12)}…: it was changed after signing`);
  }
  // The source and its supplied PDF are signed together: both must still be what was signed.
  const signedRendition = fields.renditionSha256 ?? null;
  const short = (hash: string | null) => (hash ? `${hash.slice(0, 12)}…` : 'none');
  if (signedRendition !== row.revision_rendition_sha256) {
    problems.push(`the signed rendition hash (${short(signedRendition)}) is not the revision's recorded rendition hash (${short(row.revision_rendition_sha256)})`);
  } else if (signedRendition !== null && storedRenditionSha256 !== undefined && storedRenditionSha256 !== signedRendition) {
    problems.push(`the revision's stored rendition now hashes to ${short(storedRenditionSha256)}, not the signed rendition hash ${short(signedRendition)}: it was changed after signing`);
  }
  return problems;
}

/**
 * Checks signatures one at a time, ordered by revision so only the previous one on the same revision (and
 * the hash of its re-hashed content) is kept: memory does not grow with the vault.
 */
function* checkedRows(db: Database.Database, filter: { documentId?: number }): Generator<{ row: SignatureRow; problems: string[] }> {
  let previous: SignatureRow | undefined;
  let lastContent: { id: number; sha256: string } | undefined;
  // A key in the vault file proves nothing by itself: it must be one the audit trail issued to the signer.
  const issuedKeys = boundSigningKeys(db);
  const storedHash = (contentId: number) => {
    if (lastContent?.id !== contentId) lastContent = { id: contentId, sha256: hashStoredContent(db, contentId).sha256 };
    return lastContent.sha256;
  };
  for (const row of iterateSignatureRows(db, filter)) {
    const renditionId = row.revision_rendition_content_id;
    const problems = signatureProblems(row, previous?.revision_id === row.revision_id ? previous : undefined, storedHash(row.revision_content_id), renditionId === null ? undefined : hashStoredContent(db, renditionId).sha256);
    const keyProblem = keyBindingProblem(row, issuedKeys.get(row.signing_key_id), row.username);
    if (keyProblem) problems.push(keyProblem);
    previous = row;
    yield { row, problems };
  }
}

/** Every signature (or one document's) with whether it verifies and why not. */
export function checkSignatures(db: Database.Database, documentId?: number): MethodResult<'signatures.verify'> {
  const checked = [...checkedRows(db, documentId === undefined ? {} : { documentId })].sort((a, b) => a.row.id - b.row.id);
  return checked.map(({ row, problems }) => ({ ...toSignature(row), valid: problems.length === 0, problems }));
}

/**
 * Signature ids that should exist but do not: ids are handed out in order and never reused, so a gap
 * below the highest id handed out (sqlite_sequence) is a deleted row; so is any id a task, assignment,
 * withdrawal or audit event refers to.
 */
function missingSignatures(db: Database.Database, present: Set<number>): VerifyProblem[] {
  const handedOut = (db.prepare("SELECT seq FROM sqlite_sequence WHERE name = 'signatures'").pluck().get() as number | undefined) ?? 0;
  const referenced = db
    .prepare(
      `SELECT signature_id AS id, 'route task ' || id AS source FROM route_tasks WHERE signature_id IS NOT NULL
       UNION ALL SELECT signature_id, 'training assignment ' || id FROM training_assignments WHERE signature_id IS NOT NULL
       UNION ALL SELECT decided_signature_id, 'withdrawal request ' || id FROM withdrawal_requests WHERE decided_signature_id IS NOT NULL
       UNION ALL SELECT json_extract(new_value, '$.signatureId'), 'audit event ' || id FROM audit_events
         WHERE json_valid(new_value) AND json_type(new_value, '$.signatureId') = 'integer'`,
    )
    .all() as { id: number; source: string }[];
  const missing = new Map<number, string[]>();
  for (let id = 1; id <= handedOut; id++) if (!present.has(id)) missing.set(id, []);
  for (const { id, source } of referenced) if (!present.has(id)) missing.set(id, [...(missing.get(id) ?? []), source]);
  return [...missing].sort(([a], [b]) => a - b).map(([id, sources]) => ({
    kind: 'signature' as const,
    location: `signature ${id}`,
    message: `Signature ${id}: it is missing from the vault (deleted)${sources.length ? `, yet ${sources.join(', ')} refers to it` : ''}.`,
  }));
}

/** The signature check `verify` runs over the whole vault. */
export function verifySignaturesCheck(db: Database.Database): { checked: number; problems: VerifyProblem[] } {
  const problems: VerifyProblem[] = [];
  const present = new Set<number>();
  for (const { row, problems: found } of checkedRows(db, {})) {
    present.add(row.id);
    for (const message of found) problems.push({ kind: 'signature', location: `signature ${row.id} (${row.number}, ${row.meaning} by ${row.username})`, message: `Signature ${row.id}: ${message}.` });
  }
  problems.push(...missingSignatures(db, present));
  return { checked: present.size, problems };
}
