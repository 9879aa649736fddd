import { createHash } from 'node:crypto';

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

/** SHA-256 over a fixed-order JSON array of the event's fields: any change to any field changes it. */
export function hashAuditEvent(e: HashedAuditFields): string {
  const canonical = JSON.stringify([
    'quire-audit/1',
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
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}

/** The "previous hash" of a vault's first event, tied to the vault's own id. */
export function auditGenesisHash(vaultId: string): string {
  return createHash('sha256').update(`quire-audit-genesis/1:${vaultId}`, 'utf8').digest('hex');
}
