import Database from 'better-sqlite3';
import { createHash, type KeyObject } from 'node:crypto';
import { appendAuditEvent, type Actor, type AuditEntry } from '../../../../electron/core/audit/append-audit-event';
import { canonicalSignatureManifest, createSigningKey, localTimeZoneAt, signatureManifestSha256, signManifest, unlockSigningKey, type SignatureMeaning, type SigningKey } from '../../../../electron/core/signatures';
import { hashPassword } from '../../../../electron/core/users/password-hash';
import { migrateVault } from '../../../../electron/core/vault/migrate';
import { loadMigrations } from '../../../../electron/core/vault/migrations';
import { applyConnectionPragmas, closeVault, quireApplicationId } from '../../../../electron/core/vault/open-vault';

// Builds a vault as an older Quire left it: the migrations up to schema N only, and after each
// migration k the rows a vault at schema k gained, written with the SQL of that time. Audit events
// go through the real appendAuditEvent (the chain's format is part of the record and never changes),
// passwords through the real scrypt hash, signatures through the real Ed25519 manifest signing.

/** Every person in an older vault signs in with this password. */
export const olderVaultPassword = 'Older-vault-2026!';
export const olderVaultWorkstation = 'qa-office-pc';

/** What rows a vault at one schema version gained while that version was the newest. */
export type AddRowsAtSchema = (vault: OlderVault) => Promise<void>;

export interface OlderVault {
  readonly db: Database.Database;
  /** The time of the next act: each call moves the clock on by a minute, so the trail reads in order. */
  now(): Date;
  /** One IMMEDIATE transaction, as every write of the core is. */
  write<T>(fn: () => T): T;
  audit(actor: Actor, entry: AuditEntry): void;
  actor(username: string): Actor;
  userId(username: string): number;
}

let clock = Date.parse('2025-03-03T08:00:00Z');

function olderVault(db: Database.Database): OlderVault {
  const vault: OlderVault = {
    db,
    now: () => new Date((clock += 60_000)),
    write: (fn) => db.transaction(fn).immediate(),
    audit: (actor, entry) => void appendAuditEvent(db, actor, entry, vault.now()),
    actor: (username) => ({ userId: vault.userId(username), username, workstation: olderVaultWorkstation }),
    userId: (username) => db.prepare('SELECT id FROM users WHERE username = ?').pluck().get(username) as number,
  };
  return vault;
}

/** Creates `file` as Quire did at schema `version`, with the rows each schema up to it added. */
export async function buildVaultAtSchema(file: string, version: number, rowsAtSchema: Readonly<Record<number, AddRowsAtSchema>>): Promise<void> {
  const db = new Database(file);
  try {
    db.pragma(`application_id = ${quireApplicationId}`);
    applyConnectionPragmas(db);
    for (const k of loadMigrations().map((m) => m.version).filter((v) => v <= version)) {
      migrateVault(db, loadMigrations().filter((m) => m.version <= k));
      const addRows = rowsAtSchema[k];
      if (!addRows) throw new Error(`No rows for schema ${k}: add a case for it to test/core/vault/older-vaults/rows-at-schema.ts.`);
      await addRows(olderVault(db));
    }
  } finally {
    closeVault({ db, path: file });
  }
}

// scrypt is slow by design: one password hash and one key pair per signer, shared by every case.
let passwordHash: Promise<string> | undefined;
export const olderVaultPasswordHash = () => (passwordHash ??= hashPassword(olderVaultPassword));
export interface SignerKeys {
  key: SigningKey;
  privateKey: KeyObject;
}
const keys = new Map<string, Promise<SignerKeys>>();
/** A person's key pair, wrapped under olderVaultPassword (made once per test run). */
export function signingKeyOf(username: string): Promise<SignerKeys> {
  let found = keys.get(username);
  if (!found) {
    found = createSigningKey(olderVaultPassword).then(async (key) => ({ key, privateKey: await unlockSigningKey(key.encryptedPrivateKey, olderVaultPassword) }));
    keys.set(username, found);
  }
  return found;
}

/** Stores bytes as one content (one chunk), as the content store of every schema did; returns its row. */
export function storeContent(vault: OlderVault, bytes: Buffer): { id: number; sha256: string; size: number } {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const { lastInsertRowid } = vault.db.prepare('INSERT INTO contents (sha256, size, chunk_count, created_at) VALUES (?, ?, 1, ?)').run(sha256, bytes.length, vault.now().toISOString());
  vault.db.prepare('INSERT INTO content_chunks (content_id, seq, data) VALUES (?, 0, ?)').run(lastInsertRowid, bytes);
  return { id: Number(lastInsertRowid), sha256, size: bytes.length };
}

export interface SignatureInput {
  username: string;
  number: string;
  label: string;
  meaning: SignatureMeaning;
  routeId: number | null;
  comment?: string;
}

/**
 * Signs a revision as the signer of schema 2 did (the manifest chained to the previous signature on the
 * revision) and stores it, inside the caller's transaction; returns its id.
 */
export function insertSignature(vault: OlderVault, input: SignatureInput, { key, privateKey }: SignerKeys): number {
  const db = vault.db;
  const revision = db
    .prepare('SELECT r.id, r.document_id, r.sha256 FROM revisions r JOIN documents d ON d.id = r.document_id WHERE d.number = ? ORDER BY r.id DESC LIMIT 1')
    .get(input.number) as { id: number; document_id: number; sha256: string };
  const signer = db.prepare('SELECT id, full_name FROM users WHERE username = ?').get(input.username) as { id: number; full_name: string };
  const keyRow = db.prepare('SELECT id FROM signing_keys WHERE key_id = ?').pluck().get(key.keyId) as number;
  const previous = db.prepare('SELECT manifest FROM signatures WHERE revision_id = ? ORDER BY id DESC LIMIT 1').pluck().get(revision.id) as string | undefined;
  const at = vault.now();
  const zone = localTimeZoneAt(at);
  const manifest = canonicalSignatureManifest({
    documentNumber: input.number,
    documentId: String(revision.document_id),
    revisionId: String(revision.id),
    revisionLabel: input.label,
    contentSha256: revision.sha256,
    meaning: input.meaning,
    signerUserId: String(signer.id),
    signerUsername: input.username,
    printedName: signer.full_name,
    signerKeyId: key.keyId,
    signedAt: at,
    timeZone: zone.timeZone,
    utcOffset: zone.utcOffset,
    comment: input.comment ?? null,
    previousSignatureSha256: previous ? signatureManifestSha256(previous) : null,
  });
  const { lastInsertRowid } = db
    .prepare(
      `INSERT INTO signatures (revision_id, route_id, user_id, signing_key_id, printed_name, meaning, comment, signed_at,
                               time_zone, utc_offset, content_sha256, manifest, signature)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(revision.id, input.routeId, signer.id, keyRow, signer.full_name, input.meaning, input.comment ?? null, at.toISOString(), zone.timeZone, zone.utcOffset, revision.sha256, manifest, signManifest(manifest, privateKey));
  return Number(lastInsertRowid);
}
