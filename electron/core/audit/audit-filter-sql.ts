import type Database from 'better-sqlite3';
import type { AuditFilter } from '../../../shared/contract';
import { requireDocumentRow, revisionRows } from '../documents/document-queries';

export interface AuditFilterSql {
  /** A WHERE clause (without the keyword) over audit_events; `1` when nothing narrows it. */
  where: string;
  params: Record<string, string>;
}

/**
 * The SQL for an auditor's filters. A document's events are its own and its revisions' (as on its
 * history), found through the (entity_type, entity_id) index; a period is whole UTC days, both ends
 * included. An unknown document number is DOCUMENT_NOT_FOUND rather than an empty trail, so a typo
 * is not read as "nothing happened".
 */
export function auditFilterSql(db: Database.Database, filter: AuditFilter): AuditFilterSql {
  const where: string[] = [];
  const params: Record<string, string> = {};
  if (filter.user) {
    where.push('username = @user COLLATE NOCASE');
    params.user = filter.user;
  }
  if (filter.action) {
    where.push('action = @action');
    params.action = filter.action;
  }
  if (filter.document) {
    const document = requireDocumentRow(db, filter.document);
    where.push(`((entity_type = 'document' AND entity_id = @documentId) OR (entity_type = 'revision' AND entity_id IN (SELECT value FROM json_each(@revisionIds))))`);
    params.documentId = String(document.id);
    params.revisionIds = JSON.stringify(revisionRows(db, document.id).map((r) => String(r.id)));
  }
  if (filter.from) {
    where.push('occurred_at >= @from');
    params.from = filter.from;
  }
  if (filter.to) {
    // Timestamps are ISO UTC strings: everything before the next day's midnight belongs to `to`.
    where.push("occurred_at < strftime('%Y-%m-%d', @to, '+1 day')");
    params.to = filter.to;
  }
  return { where: where.length ? where.join(' AND ') : '1', params };
}
