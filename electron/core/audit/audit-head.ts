import type Database from 'better-sqlite3';

/** A point of the audit chain: an event id and that event's hash. */
export interface ChainPoint {
  eventId: number;
  hash: string;
}

/** The newest event as the vault's head row records it (null for a vault with no events yet). */
export function currentAuditHead(db: Database.Database): ChainPoint | null {
  const row = db.prepare('SELECT last_event_id, last_hash FROM audit_head WHERE singleton = 1').get() as { last_event_id: number; last_hash: string } | undefined;
  return row ? { eventId: row.last_event_id, hash: row.last_hash } : null;
}

/** The hash of the event with this id, or null when the trail has no such event. */
export function auditEventHashAt(db: Database.Database, eventId: number): string | null {
  return (db.prepare('SELECT hash FROM audit_events WHERE id = ?').pluck().get(eventId) as string | undefined) ?? null;
}
