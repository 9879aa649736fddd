import type Database from 'better-sqlite3';
import { statement } from '../vault/statements';
import { auditGenesisHash, hashAuditEvent } from './audit-event-hash';

/** Who did it and from where; set by the core from the session, never taken from the caller. */
export interface Actor {
  userId: number | null;
  username: string | null;
  workstation: string;
}

export interface AuditEntry {
  action: string;
  entityType: string;
  entityId: string | number | null;
  oldValue?: unknown;
  newValue?: unknown;
  reason?: string | null;
}

function toJson(value: unknown): string | null {
  return value === undefined || value === null ? null : JSON.stringify(value);
}

/**
 * Appends one event to the hash chain and moves the chain head. Must run inside the
 * transaction of the change it records, so the change and its event commit together.
 */
export function appendAuditEvent(db: Database.Database, actor: Actor, entry: AuditEntry, occurredAt: Date): { id: number; hash: string } {
  if (!db.inTransaction) throw new Error('appendAuditEvent must run inside the transaction of the change it records');
  const head = statement<[], { last_event_id: number; last_hash: string }>(db, 'SELECT last_event_id, last_hash FROM audit_head WHERE singleton = 1').get();
  let prevHash: string;
  let id: number;
  if (head) {
    prevHash = head.last_hash;
    id = head.last_event_id + 1;
  } else {
    const vaultId = statement<[], { value: string }>(db, "SELECT value FROM vault_settings WHERE key = 'vaultId'").get();
    if (!vaultId) throw new Error('The vault has no id; it was not created by Quire');
    prevHash = auditGenesisHash(JSON.parse(vaultId.value) as string);
    id = 1;
  }
  const fields = {
    id,
    occurredAt: occurredAt.toISOString(),
    userId: actor.userId,
    username: actor.username,
    workstation: actor.workstation,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId === null ? null : String(entry.entityId),
    oldValue: toJson(entry.oldValue),
    newValue: toJson(entry.newValue),
    reason: entry.reason ?? null,
    prevHash,
  };
  const hash = hashAuditEvent(fields);
  statement(
    db,
    `INSERT INTO audit_events (id, occurred_at, user_id, username, workstation, action, entity_type, entity_id,
                               old_value, new_value, reason, prev_hash, hash)
     VALUES (@id, @occurredAt, @userId, @username, @workstation, @action, @entityType, @entityId,
             @oldValue, @newValue, @reason, @prevHash, @hash)`,
  ).run({ ...fields, hash });
  statement(
    db,
    `INSERT INTO audit_head (singleton, last_event_id, last_hash) VALUES (1, @id, @hash)
     ON CONFLICT (singleton) DO UPDATE SET last_event_id = excluded.last_event_id, last_hash = excluded.last_hash`,
  ).run({ id, hash });
  return { id, hash };
}
