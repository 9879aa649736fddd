import type Database from 'better-sqlite3';
import type { AuditEntry, ParsedInput } from '../../../shared/contract';
import { auditFilterSql } from './audit-filter-sql';
import { toAuditEntry } from './audit-entry';
import type { AuditEventRow } from './audit-event-row';

/**
 * One window of the filtered audit trail and how many events match in all, so a screen can page
 * through 100,000 events without loading them. Newest first unless asked otherwise.
 */
export function pageAuditEvents(db: Database.Database, input: ParsedInput<'audit.page'>): { events: AuditEntry[]; total: number } {
  const { where, params } = auditFilterSql(db, input);
  const order = input.order === 'oldest-first' ? 'ASC' : 'DESC';
  const total = (db.prepare(`SELECT count(*) AS n FROM audit_events WHERE ${where}`).get(params) as { n: number }).n;
  const rows = db
    .prepare(`SELECT * FROM audit_events WHERE ${where} ORDER BY id ${order} LIMIT @limit OFFSET @offset`)
    .all({ ...params, limit: input.limit ?? 50, offset: input.offset ?? 0 }) as AuditEventRow[];
  return { events: rows.map((row) => toAuditEntry(db, row)), total };
}

/** Every matching event, oldest first, read a thousand at a time (exports never hold the whole trail in memory). */
export function* eachAuditEvent(db: Database.Database, input: ParsedInput<'audit.export'>): Generator<AuditEntry> {
  const { where, params } = auditFilterSql(db, input);
  const batch = db.prepare(`SELECT * FROM audit_events WHERE (${where}) AND id > @afterId ORDER BY id LIMIT 1000`);
  let afterId = 0;
  for (;;) {
    const rows = batch.all({ ...params, afterId }) as AuditEventRow[];
    if (rows.length === 0) return;
    for (const row of rows) yield toAuditEntry(db, row);
    afterId = rows.at(-1)!.id;
  }
}
