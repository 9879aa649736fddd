import type Database from 'better-sqlite3';
import type { Signature, SignatureMeaning } from '../../../shared/contract';
import { canonicalSignatureManifest, localTimeZoneAt, parseSignatureManifest, signatureManifestSha256, signManifest, unlockSigningKey } from '../signatures';
import { QuireError } from '../../../shared/errors';
import type { CallContext } from '../core-context';
import { labelOf, type DocumentRow, type RevisionRow } from '../documents/document-queries';
import { checkUserPassword } from '../users/sign-in';
import { userRowById } from '../users/user-records';
import { statement } from '../vault/statements';
import { activeSigningKey } from './signing-key-records';
import { signatureById } from './signature-queries';

/** A signature computed before its transaction (password and key work is slow and async). */
export interface PreparedSignature {
  revisionId: number;
  userId: number;
  signingKeyRowId: number;
  printedName: string;
  meaning: SignatureMeaning;
  comment: string | null;
  signedAt: string;
  timeZone: string;
  utcOffset: string;
  contentSha256: string;
  manifest: string;
  signature: string;
  /** The signature this one chains to on the same revision (null for the first); checked again when storing. */
  previousSignatureId: number | null;
}

function latestSignatureOn(db: Database.Database, revisionId: number): { id: number; manifest: string } | undefined {
  return statement<[number], { id: number; manifest: string }>(db, 'SELECT id, manifest FROM signatures WHERE revision_id = ? ORDER BY id DESC LIMIT 1').get(revisionId);
}

/**
 * Re-authenticates the signer (21 CFR 11.200: the password again, counting toward lockout),
 * unlocks their private key with that same password, and signs the canonical manifest that
 * binds document, revision, content hash, meaning, signer and time. Nothing is stored yet.
 */
export async function prepareSignature(ctx: CallContext, document: DocumentRow, revision: RevisionRow, meaning: SignatureMeaning, password: string, comment: string | null): Promise<PreparedSignature> {
  await checkUserPassword(ctx, ctx.user.username, password, `signature (${meaning})`);
  const key = activeSigningKey(ctx.vault.db, ctx.user.id);
  const privateKey = await unlockSigningKey(key.encrypted_private_key, password);
  const at = ctx.now();
  const zone = localTimeZoneAt(at);
  const previous = latestSignatureOn(ctx.vault.db, revision.id);
  const manifest = canonicalSignatureManifest({
    documentNumber: document.number,
    documentId: String(document.id),
    revisionId: String(revision.id),
    revisionLabel: labelOf(revision),
    contentSha256: revision.sha256,
    // The source and its supplied PDF are signed together: what reviewers saw is what is printed.
    renditionSha256: revision.rendition_sha256,
    meaning,
    signerUserId: String(ctx.user.id),
    signerUsername: ctx.user.username,
    printedName: ctx.user.fullName,
    signerKeyId: key.key_id,
    signedAt: at,
    timeZone: zone.timeZone,
    utcOffset: zone.utcOffset,
    comment,
    previousSignatureSha256: previous ? signatureManifestSha256(previous.manifest) : null,
  });
  // The record keeps the texts exactly as signed (NFC, line ends unified, a blank comment null).
  const signed = parseSignatureManifest(manifest);
  return {
    revisionId: revision.id,
    userId: ctx.user.id,
    signingKeyRowId: key.id,
    printedName: signed.printedName,
    meaning,
    comment: signed.comment,
    signedAt: at.toISOString(),
    timeZone: zone.timeZone,
    utcOffset: zone.utcOffset,
    contentSha256: revision.sha256,
    manifest,
    signature: signManifest(manifest, privateKey),
    previousSignatureId: previous?.id ?? null,
  };
}

/** Stores a prepared signature; call inside the transaction of the act it signs. */
export function insertSignature(db: Database.Database, prepared: PreparedSignature, routeId: number | null): Signature {
  // The password was right when checked; a lock or disabling that landed since (parallel wrong attempts) still wins.
  const signer = userRowById(db, prepared.userId);
  if (signer.disabled_at || signer.locked_at) throw new QuireError(signer.disabled_at ? 'ACCOUNT_DISABLED' : 'ACCOUNT_LOCKED');
  if ((latestSignatureOn(db, prepared.revisionId)?.id ?? null) !== prepared.previousSignatureId) {
    throw new QuireError('VAULT_BUSY', { race: 'signature' });
  }
  const { lastInsertRowid } = statement(
    db,
    `INSERT INTO signatures (revision_id, route_id, user_id, signing_key_id, printed_name, meaning, comment, signed_at,
                             time_zone, utc_offset, content_sha256, manifest, signature)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    prepared.revisionId,
    routeId,
    prepared.userId,
    prepared.signingKeyRowId,
    prepared.printedName,
    prepared.meaning,
    prepared.comment,
    prepared.signedAt,
    prepared.timeZone,
    prepared.utcOffset,
    prepared.contentSha256,
    prepared.manifest,
    prepared.signature,
  );
  return signatureById(db, Number(lastInsertRowid));
}
