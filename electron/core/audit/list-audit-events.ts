import type Database from 'better-sqlite3';
import type { AuditEvent } from '../../../shared/contract';
import type { AuditEventRow } from './audit-event-row';

export interface AuditQuery {
  entityType?: string | undefined;
  entityId?: string | undefined;
  afterId?: number | undefined;
  limit?: number | undefined;
}

/** Audit events oldest first, optionally narrowed to one entity or to those after an id. */
export function listAuditEvents(db: Database.Database, query: AuditQuery): AuditEvent[] {
  const where: string[] = ['id > @afterId'];
  if (query.entityType) where.push('entity_type = @entityType');
  if (query.entityId) where.push('entity_id = @entityId');
  const rows = db
    .prepare(`SELECT * FROM audit_events WHERE ${where.join(' AND ')} ORDER BY id LIMIT @limit`)
    .all({ afterId: query.afterId ?? 0, entityType: query.entityType, entityId: query.entityId, limit: query.limit ?? 100_000 }) as AuditEventRow[];
  return rows.map((r) => ({
    id: r.id,
    occurredAt: r.occurred_at,
    user: r.username,
    workstation: r.workstation,
    action: r.action,
    entityType: r.entity_type,
    entityId: r.entity_id,
    oldValue: r.old_value === null ? null : (JSON.parse(r.old_value) as unknown),
    newValue: r.new_value === null ? null : (JSON.parse(r.new_value) as unknown),
    reason: r.reason,
    hash: r.hash,
  }));
}
