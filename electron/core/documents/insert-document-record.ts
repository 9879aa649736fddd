import type Database from 'better-sqlite3';
import { appendAuditEvent, type Actor } from '../audit/append-audit-event';
import { statement } from '../vault/statements';
import { requireDocumentRow, type DocumentRow } from './document-queries';

export interface NewDocumentRecord {
  number: string;
  title: string;
  type: string;
  department: string | null;
  ownerId: number;
  reviewIntervalMonths: number;
  retentionYears: number;
  external: { source: string; reference?: string | null | undefined } | null;
  /** For an imported document: the folder it came from, recorded in its registering event. */
  importedFrom?: string;
}

/** Inserts a document's row with its document.registered event; call inside the write transaction. Returns the row as stored. */
export function insertDocumentRecord(db: Database.Database, actor: Actor, record: NewDocumentRecord, now: Date): DocumentRow {
  const { lastInsertRowid } = statement(
    db,
    `INSERT INTO documents (number, title, doc_type, department, owner_id, review_interval_months, retention_years,
                            external_source, external_reference, created_at, created_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    record.number,
    record.title,
    record.type,
    record.department,
    record.ownerId,
    record.reviewIntervalMonths,
    record.retentionYears,
    record.external?.source ?? null,
    record.external?.reference ?? null,
    now.toISOString(),
    actor.userId,
  );
  const documentId = Number(lastInsertRowid);
  const document = requireDocumentRow(db, record.number);
  appendAuditEvent(db, actor, {
    action: 'document.registered',
    entityType: 'document',
    entityId: documentId,
    newValue: {
      number: record.number,
      title: document.title,
      type: document.doc_type,
      department: document.department,
      owner: document.owner_username,
      reviewIntervalMonths: document.review_interval_months,
      retentionYears: document.retention_years,
      external: record.external,
      ...(record.importedFrom !== undefined ? { importedFrom: record.importedFrom } : {}),
    },
  }, now);
  return document;
}
