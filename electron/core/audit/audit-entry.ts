import type Database from 'better-sqlite3';
import type { AuditEntry } from '../../../shared/contract';
import { statement } from '../vault/statements';
import type { AuditEventRow } from './audit-event-row';

const parse = (text: string | null): unknown => (text === null ? null : (JSON.parse(text) as unknown));

/** What an event is about, named as people know it: a user name, a document number (and revision), a type code. */
function subjectOf(db: Database.Database, row: AuditEventRow, newValue: unknown, oldValue: unknown): string | null {
  if (row.entity_id === null) return row.entity_type === 'user' ? row.username : null;
  switch (row.entity_type) {
    case 'user':
      return statement<[string], { username: string }>(db, 'SELECT username FROM users WHERE id = CAST(? AS INTEGER)').get(row.entity_id)?.username ?? null;
    case 'document':
      return statement<[string], { number: string }>(db, 'SELECT number FROM documents WHERE id = CAST(? AS INTEGER)').get(row.entity_id)?.number ?? null;
    case 'revision': {
      const named = (newValue ?? oldValue) as { document?: unknown; label?: unknown } | null;
      if (named && typeof named.document === 'string') return typeof named.label === 'string' ? `${named.document} ${named.label}` : named.document;
      return (
        statement<[string], { number: string }>(db, 'SELECT d.number FROM revisions r JOIN documents d ON d.id = r.document_id WHERE r.id = CAST(? AS INTEGER)').get(row.entity_id)?.number ?? null
      );
    }
    default:
      return row.entity_id;
  }
}

/** An audit row as the contract returns it for reading: values parsed, and what it is about named. */
export function toAuditEntry(db: Database.Database, row: AuditEventRow): AuditEntry {
  const oldValue = parse(row.old_value);
  const newValue = parse(row.new_value);
  return {
    id: row.id,
    occurredAt: row.occurred_at,
    user: row.username,
    workstation: row.workstation,
    action: row.action,
    entityType: row.entity_type,
    entityId: row.entity_id,
    oldValue,
    newValue,
    reason: row.reason,
    hash: row.hash,
    subject: subjectOf(db, row, newValue, oldValue),
  };
}
