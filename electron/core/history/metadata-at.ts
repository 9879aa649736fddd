import type Database from 'better-sqlite3';
import { documentMetadata, type DocumentMetadata } from '../documents/document-metadata';
import type { DocumentRow } from '../documents/document-queries';

/**
 * A document's metadata as it stood at a moment, read back from the audit trail: the newest
 * edit at or before it, else the document as it is (nothing changed it since).
 */
export function metadataAt(db: Database.Database, document: DocumentRow, at: string): DocumentMetadata {
  const edit = db
    .prepare("SELECT old_value, occurred_at FROM audit_events WHERE entity_type = 'document' AND entity_id = ? AND action = 'document.updated' AND occurred_at > ? ORDER BY id LIMIT 1")
    .get(String(document.id), at) as { old_value: string } | undefined;
  // The first edit after the moment holds, as its old value, the metadata that stood at the moment.
  return edit ? (JSON.parse(edit.old_value) as DocumentMetadata) : documentMetadata(document);
}
