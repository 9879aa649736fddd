import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendAuditEvent } from '../../../electron/core/audit/append-audit-event';
import { auditGenesisHash, hashAuditEvent } from '../../../electron/core/audit/audit-event-hash';
import { readVaultSettings } from '../../../electron/core/vault/vault-settings';
import { createTestVault, type TestVault } from '../../helpers/temp-vault';

describe('records that the vault connection itself cannot rewrite', () => {
  let vault: TestVault;
  beforeAll(async () => {
    vault = await createTestVault();
    const author = await vault.addSignedInUser('amy', 'Amy Author', ['author']);
    await vault.core.call(author, 'documents.register', { type: 'SOP', department: 'QA', title: 'Gowning', file: { path: vault.file('gowning.txt', 'Gown up.') } });
  });
  afterAll(() => vault.cleanup());

  it('refuses UPDATE and DELETE of audit events, inside a transaction or not', () => {
    const db = vault.core.vault.db;
    expect(() => db.prepare("UPDATE audit_events SET reason = 'tidied' WHERE id = 1").run()).toThrow('The audit trail is append-only.');
    expect(() => db.prepare('DELETE FROM audit_events WHERE id = (SELECT max(id) FROM audit_events)').run()).toThrow('The audit trail is append-only.');
    expect(() => db.transaction(() => db.prepare('DELETE FROM audit_events').run())()).toThrow('The audit trail is append-only.');
  });

  it("refuses to change a revision's content or hash, or to delete a revision or a document", () => {
    const db = vault.core.vault.db;
    expect(() => db.prepare("UPDATE revisions SET sha256 = 'ab' WHERE id = 1").run()).toThrow("A revision's content and origin never change; make a new draft.");
    expect(() => db.prepare('UPDATE revisions SET content_id = content_id WHERE id = 1').run()).toThrow(/never change/);
    expect(() => db.prepare('DELETE FROM revisions').run()).toThrow('Revisions are never deleted.');
    expect(() => db.prepare('DELETE FROM documents').run()).toThrow(/Documents are never deleted/);
  });

  it('chains every event to the one before, starting from the vault id, with the head on the newest', () => {
    const db = vault.core.vault.db;
    const rows = db.prepare('SELECT * FROM audit_events ORDER BY id').all() as Record<string, string | number | null>[];
    let previous = auditGenesisHash(readVaultSettings(db).vaultId);
    rows.forEach((row, index) => {
      expect(row.id).toBe(index + 1);
      expect(row.prev_hash).toBe(previous);
      expect(hashAuditEvent({
        id: row.id as number, occurredAt: row.occurred_at as string, userId: row.user_id as number | null, username: row.username as string | null,
        workstation: row.workstation as string, action: row.action as string, entityType: row.entity_type as string, entityId: row.entity_id as string | null,
        oldValue: row.old_value as string | null, newValue: row.new_value as string | null, reason: row.reason as string | null, prevHash: row.prev_hash as string,
      })).toBe(row.hash);
      previous = row.hash as string;
    });
    expect(db.prepare('SELECT last_event_id, last_hash FROM audit_head').get()).toEqual({ last_event_id: rows.length, last_hash: previous });
  });

  it('refuses to append an event outside the transaction of the change it records', () => {
    expect(() => appendAuditEvent(vault.core.vault.db, { userId: null, username: null, workstation: 'x' }, { action: 'stray', entityType: 'vault', entityId: null }, new Date())).toThrow(/inside the transaction/);
  });
});
