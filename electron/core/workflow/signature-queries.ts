import type Database from 'better-sqlite3';
import type { Signature, SignatureMeaning } from '../../../shared/contract';
import { labelOf } from '../documents/document-queries';
import type { RevisionState } from '../../../shared/contract';
import { QuireError } from '../../../shared/errors';
import { statement } from '../vault/statements';

export interface SignatureRow {
  id: number;
  revision_id: number;
  route_id: number | null;
  user_id: number;
  signing_key_id: number;
  printed_name: string;
  meaning: SignatureMeaning;
  comment: string | null;
  signed_at: string;
  time_zone: string;
  utc_offset: string;
  content_sha256: string;
  manifest: string;
  signature: string;
  username: string;
  number: string;
  major_label: string;
  draft_number: number;
  state: RevisionState;
  key_id: string;
  public_key_pem: string;
  revision_sha256: string;
  revision_content_id: number;
  revision_rendition_sha256: string | null;
  revision_rendition_content_id: number | null;
  key_issued_after_reset: number;
  key_identity_confirmed_at: string | null;
  key_identity_confirmed_by: string | null;
}

export const signatureSelect = `SELECT s.*, u.username, d.number, r.major_label, r.draft_number, r.state, k.key_id, k.public_key_pem,
    r.sha256 AS revision_sha256, r.content_id AS revision_content_id, r.rendition_sha256 AS revision_rendition_sha256, r.rendition_content_id AS revision_rendition_content_id,
    k.issued_after_reset AS key_issued_after_reset, k.identity_confirmed_at AS key_identity_confirmed_at, cu.username AS key_identity_confirmed_by
  FROM signatures s
  JOIN users u ON u.id = s.user_id
  JOIN revisions r ON r.id = s.revision_id
  JOIN documents d ON d.id = r.document_id
  JOIN signing_keys k ON k.id = s.signing_key_id
  LEFT JOIN users cu ON cu.id = k.identity_confirmed_by`;

/** The rendition hash a manifest binds (format 2), read without the full check `verify` does. */
function signedRenditionSha256(manifest: string): string | null {
  try {
    const value = (JSON.parse(manifest) as { renditionSha256?: unknown }).renditionSha256;
    return typeof value === 'string' ? value : null;
  } catch {
    return null;
  }
}

export function toSignature(row: SignatureRow): Signature {
  return {
    id: row.id,
    document: row.number,
    revision: labelOf(row),
    signer: { username: row.username, printedName: row.printed_name },
    meaning: row.meaning,
    comment: row.comment,
    signedAt: row.signed_at,
    timeZone: row.time_zone,
    utcOffset: row.utc_offset,
    contentSha256: row.content_sha256,
    renditionSha256: signedRenditionSha256(row.manifest),
    keyId: row.key_id,
    ...(row.key_issued_after_reset === 1 ? { keyIssuedAfterReset: { identityConfirmedBy: row.key_identity_confirmed_by, identityConfirmedAt: row.key_identity_confirmed_at } } : {}),
  };
}


export function signatureById(db: Database.Database, id: number): Signature {
  const row = statement<[number], SignatureRow>(db, `${signatureSelect} WHERE s.id = ?`).get(id);
  if (!row) throw new QuireError('INTERNAL', {}, { cause: `Signature ${id} was not found right after it was stored.` });
  return toSignature(row);
}

/** Signature rows, oldest first, for one document (optionally one revision) or the whole vault. */
/** Signatures ordered by revision, then id, one row at a time (for checks over a whole vault). */
export function iterateSignatureRows(db: Database.Database, filter: { documentId?: number } = {}): IterableIterator<SignatureRow> {
  const where = filter.documentId !== undefined ? 'WHERE d.id = @documentId' : '';
  return db.prepare(`${signatureSelect} ${where} ORDER BY s.revision_id, s.id`).iterate(filter) as IterableIterator<SignatureRow>;
}

export function signatureRows(db: Database.Database, filter: { documentId?: number; revisionId?: number } = {}): SignatureRow[] {
  const where: string[] = [];
  if (filter.documentId !== undefined) where.push('d.id = @documentId');
  if (filter.revisionId !== undefined) where.push('r.id = @revisionId');
  return db.prepare(`${signatureSelect} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY s.id`).all(filter) as SignatureRow[];
}
