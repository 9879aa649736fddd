import type { KeyObject } from 'node:crypto';
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
import { requireViewingBeforeSigning, type ViewingRecord } from '../viewer/revision-viewings';

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
  /** The signer's viewing of this content that the signature rests on (null for acts that need none); its audit event records it. */
  viewed: ViewingRecord | null;
}

function latestSignatureOn(db: Database.Database, revisionId: number): { id: number; manifest: string } | undefined {
  return statement<[number], { id: number; manifest: string }>(db, 'SELECT id, manifest FROM signatures WHERE revision_id = ? ORDER BY id DESC LIMIT 1').get(revisionId);
}

/** A signer whose password was checked and whose private key is unlocked, for signing several manifests. */
export interface UnlockedSigner {
  userId: number;
  username: string;
  fullName: string;
  key: { id: number; key_id: string };
  privateKey: KeyObject;
}

/**
 * Re-authenticates the signer (21 CFR 11.200: the password again, counting toward lockout) and unlocks
 * their private key with that same password. Nothing is stored.
 */
export async function unlockSigner(ctx: CallContext, password: string, purpose: string): Promise<UnlockedSigner> {
  await checkUserPassword(ctx, ctx.user.username, password, purpose);
  const key = activeSigningKey(ctx.vault.db, ctx.user.id);
  const privateKey = await unlockSigningKey(key.encrypted_private_key, password);
  return { userId: ctx.user.id, username: ctx.user.username, fullName: ctx.user.fullName, key, privateKey };
}

/**
 * Signs the canonical manifest that binds document, revision, content hash, meaning, signer and time,
 * chained to the revision's latest signature. Synchronous, so it may run inside a write transaction.
 */
export function signForRevision(db: Database.Database, signer: UnlockedSigner, document: DocumentRow, revision: RevisionRow, meaning: SignatureMeaning, comment: string | null, at: Date, viewed: ViewingRecord | null = null): PreparedSignature {
  const zone = localTimeZoneAt(at);
  const previous = latestSignatureOn(db, revision.id);
  const manifest = canonicalSignatureManifest({
    documentNumber: document.number,
    documentId: String(document.id),
    revisionId: String(revision.id),
    revisionLabel: labelOf(revision),
    contentSha256: revision.sha256,
    // The source and its supplied PDF are signed together: what reviewers saw is what is printed.
    renditionSha256: revision.rendition_sha256,
    meaning,
    signerUserId: String(signer.userId),
    signerUsername: signer.username,
    printedName: signer.fullName,
    signerKeyId: signer.key.key_id,
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
    userId: signer.userId,
    signingKeyRowId: signer.key.id,
    printedName: signed.printedName,
    meaning,
    comment: signed.comment,
    signedAt: at.toISOString(),
    timeZone: zone.timeZone,
    utcOffset: zone.utcOffset,
    contentSha256: revision.sha256,
    manifest,
    signature: signManifest(manifest, signer.privateKey),
    previousSignatureId: previous?.id ?? null,
    viewed,
  };
}

/** Re-authenticates the signer, unlocks their key and signs the revision's manifest. Nothing is stored yet. */
export async function prepareSignature(ctx: CallContext, document: DocumentRow, revision: RevisionRow, meaning: SignatureMeaning, password: string, comment: string | null): Promise<PreparedSignature> {
  // Before the password: signing unseen content is refused without counting toward lockout.
  const viewed = requireViewingBeforeSigning(ctx, document, revision, meaning);
  const signer = await unlockSigner(ctx, password, `signature (${meaning})`);
  return signForRevision(ctx.vault.db, signer, document, revision, meaning, comment, ctx.now(), viewed);
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
