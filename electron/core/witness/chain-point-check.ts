import type Database from 'better-sqlite3';
import { auditEventHashAt, type ChainPoint } from '../audit/audit-head';

/** Whether the vault's trail still holds a point seen before: same hash at that event id. */
export type ChainPointCheck =
  | { holds: true }
  | { holds: false; reason: 'shorter'; trailEndsAt: number }
  | { holds: false; reason: 'different'; hashThere: string };

/**
 * Checks that the trail holds `point`: the event with that id exists and has that hash. A shorter trail
 * was cut or rolled back; a different hash means the trail was rewritten from that point or before.
 */
export function checkChainPoint(db: Database.Database, point: ChainPoint): ChainPointCheck {
  const hashThere = auditEventHashAt(db, point.eventId);
  // Where the events really end (the head row may have been rewritten, or left behind by a cut).
  if (hashThere === null) return { holds: false, reason: 'shorter', trailEndsAt: (db.prepare('SELECT coalesce(max(id), 0) FROM audit_events').pluck().get() as number) };
  if (hashThere !== point.hash) return { holds: false, reason: 'different', hashThere };
  return { holds: true };
}
