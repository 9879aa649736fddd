import { createHash, hash } from 'node:crypto';

/** The fields of an audit event that its hash covers, exactly as stored. */
export interface HashedAuditFields {
  id: number;
  occurredAt: string;
  userId: number | null;
  username: string | null;
  workstation: string;
  action: string;
  entityType: string;
  entityId: string | null;
  oldValue: string | null;
  newValue: string | null;
  reason: string | null;
  prevHash: string;
}

/** The tag that opens every event's hashed array: the version of this hashing scheme. */
export const auditHashScheme = 'quire-audit/1';

/** SHA-256 over a fixed-order JSON array of the event's fields: any change to any field changes it. */
export function hashAuditEvent(e: HashedAuditFields): string {
  return hashAuditFieldList([
    auditHashScheme,
    e.id,
    e.occurredAt,
    e.userId,
    e.username,
    e.workstation,
    e.action,
    e.entityType,
    e.entityId,
    e.oldValue,
    e.newValue,
    e.reason,
    e.prevHash,
  ]);
}

/**
 * The hash of an event given as its hashed array itself — the scheme tag, then the fields in
 * HashedAuditFields order — as verify reads it straight from SQLite (no object per event).
 */
export function hashAuditFieldList(fields: unknown[]): string {
  return hash('sha256', JSON.stringify(fields), 'hex');
}

/** The "previous hash" of a vault's first event, tied to the vault's own id. */
export function auditGenesisHash(vaultId: string): string {
  return createHash('sha256').update(`quire-audit-genesis/1:${vaultId}`, 'utf8').digest('hex');
}
