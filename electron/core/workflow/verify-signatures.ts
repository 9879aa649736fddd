import type Database from 'better-sqlite3';
import type { MethodResult, VerifyProblem } from '../../../shared/contract';
import { parseSignatureManifest, signatureManifestSha256, verifyManifestSignature, type SignatureManifestFields } from '../signatures';
import { signatureRows, toSignature, type SignatureRow } from './signature-queries';

/**
 * What is wrong with one stored signature: its Ed25519 signature over the manifest, the manifest
 * against the stored record and the revision's content hash, and its link to the signature before
 * it on the same revision (so a removed signature is noticed).
 */
export function signatureProblems(row: SignatureRow, previousOnRevision: SignatureRow | undefined): string[] {
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
  expect('link to the previous signature', fields.previousSignatureSha256, previousOnRevision ? signatureManifestSha256(previousOnRevision.manifest) : null);
  if (row.content_sha256 !== row.revision_sha256) {
    problems.push(`the signed content hash ${row.content_sha256.slice(0, 12)}… is not the revision's recorded hash ${row.revision_sha256.slice(0, 12)}…`);
  }
  return problems;
}

function checkedRows(db: Database.Database, documentId?: number): { row: SignatureRow; problems: string[] }[] {
  const previousByRevision = new Map<number, SignatureRow>();
  return signatureRows(db, documentId === undefined ? {} : { documentId }).map((row) => {
    const problems = signatureProblems(row, previousByRevision.get(row.revision_id));
    previousByRevision.set(row.revision_id, row);
    return { row, problems };
  });
}

/** Every signature (or one document's) with whether it verifies and why not. */
export function checkSignatures(db: Database.Database, documentId?: number): MethodResult<'signatures.verify'> {
  return checkedRows(db, documentId).map(({ row, problems }) => ({ ...toSignature(row), valid: problems.length === 0, problems }));
}

/** The signature check `verify` runs over the whole vault. */
export function verifySignaturesCheck(db: Database.Database): { checked: number; problems: VerifyProblem[] } {
  const checked = checkedRows(db);
  const problems = checked.flatMap(({ row, problems: found }) =>
    found.map((message) => ({ kind: 'signature' as const, location: `signature ${row.id} (${row.number}, ${row.meaning} by ${row.username})`, message: `Signature ${row.id}: ${message}.` })),
  );
  return { checked: checked.length, problems };
}
