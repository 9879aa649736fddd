import type Database from 'better-sqlite3';
import { QuireError } from '../../../shared/errors';
import { hashStoredContent } from '../content/content-store';
import { labelOf, type RevisionRow } from '../documents/document-queries';
import { statement } from '../vault/statements';

/**
 * Re-hashes a revision's stored content and refuses to go on when it differs from the hash
 * recorded at import or frozen at submission: what is signed must be what was reviewed.
 */
export function assertContentIntact(db: Database.Database, revision: RevisionRow, frozenSha256: string = revision.sha256): void {
  const { sha256 } = hashStoredContent(db, revision.content_id);
  if (sha256 !== revision.sha256 || sha256 !== frozenSha256) {
    const number = statement<[number], { number: string }>(db, 'SELECT number FROM documents WHERE id = ?').get(revision.document_id)?.number;
    throw new QuireError('CONTENT_TAMPERED', { number, label: labelOf(revision), sha256Prefix: frozenSha256.slice(0, 16), what: 'frozen-content' });
  }
}
