import type Database from 'better-sqlite3';

/** One audit event as a replay reads it: the entity id as a number and the new value parsed. */
export interface TrailEvent {
  id: number;
  occurredAt: string;
  userId: number | null;
  username: string | null;
  action: string;
  entityId: number;
  value: Record<string, unknown>;
}

/** An event's value as an object: {} when absent or damaged. */
export function eventValue(json: string | null): Record<string, unknown> {
  if (json === null) return {};
  try {
    const value = JSON.parse(json) as unknown;
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  } catch {
    return {}; // the chain check names a damaged event; the replay treats it as saying nothing
  }
}

/**
 * Streams the events of one kind of entity ordered by entity id, then event id (an index serves the
 * order), so a replay folds one entity's history at a time beside its table row. With `actions`, only
 * those: SQLite skips the others, so their values are never parsed (a replay of a few actions costs
 * little beside the revisions' own).
 */
export function trailEventsOf(db: Database.Database, entityType: string, actions?: readonly string[]): IterableIterator<TrailEvent> {
  const onlyActions = actions ? `AND action IN (${actions.map(() => '?').join(', ')})` : '';
  // Plain arrays from SQLite, turned straight into the one object each event needs.
  const rows = db
    .prepare(
      `SELECT id, occurred_at, user_id, username, action, CAST(entity_id AS INTEGER) AS entity_number, new_value
       FROM audit_events WHERE entity_type = ? AND entity_id IS NOT NULL ${onlyActions} ORDER BY CAST(entity_id AS INTEGER), id`,
    )
    .raw()
    .iterate(entityType, ...(actions ?? [])) as IterableIterator<[number, string, number | null, string | null, string, number, string | null]>;
  function* events(): Generator<TrailEvent> {
    for (const [id, occurredAt, userId, username, action, entityId, newValue] of rows) {
      yield { id, occurredAt, userId, username, action, entityId, value: eventValue(newValue) };
    }
  }
  return events();
}

/** A string field of an event's value, or undefined when it is absent or not a string. */
export function stringField(value: Record<string, unknown>, name: string): string | undefined {
  const v = value[name];
  return typeof v === 'string' ? v : undefined;
}

/** A whole-number field of an event's value, or undefined. */
export function integerField(value: Record<string, unknown>, name: string): number | undefined {
  const v = value[name];
  return typeof v === 'number' && Number.isInteger(v) ? v : undefined;
}

/** A list of strings in an event's value, or undefined. */
export function stringListField(value: Record<string, unknown>, name: string): string[] | undefined {
  const v = value[name];
  return Array.isArray(v) && v.every((x) => typeof x === 'string') ? (v as string[]) : undefined;
}
