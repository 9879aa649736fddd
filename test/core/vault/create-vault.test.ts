import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { latestSchemaVersion, loadMigrations } from '../../../electron/core/vault/migrations';
import { closeVault, openVault, quireApplicationId } from '../../../electron/core/vault/open-vault';
import { createTestVault, type TestVault } from '../../helpers/temp-vault';

// DESIGN.md §5: one SQLite file, WAL, foreign keys on, synchronous FULL, STRICT tables, and the
// schema version recorded in the file so that a newer file is recognised.

describe('a newly created vault', () => {
  let vault: TestVault;
  beforeAll(async () => {
    vault = await createTestVault();
    vault.core.close();
  });
  afterAll(() => vault.cleanup());

  it('records the latest schema version and the Quire application id in the file', () => {
    const db = new Database(vault.vaultPath, { readonly: true });
    try {
      // The highest migration number (numbers are handed out ahead, so one may land before a lower one).
      expect(latestSchemaVersion).toBe(Math.max(...loadMigrations().map((m) => m.version)));
      expect(db.pragma('user_version', { simple: true })).toBe(latestSchemaVersion);
      expect(db.pragma('application_id', { simple: true })).toBe(quireApplicationId);
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    } finally {
      db.close();
    }
  });

  it('declares every one of its own tables STRICT', () => {
    const db = new Database(vault.vaultPath, { readonly: true });
    try {
      const tables = db.prepare("SELECT name, strict FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite_%'").all() as { name: string; strict: number }[];
      expect(tables.map((t) => t.name)).toEqual(expect.arrayContaining(['users', 'documents', 'revisions', 'contents', 'content_chunks', 'audit_events', 'audit_head']));
      expect(tables.filter((t) => t.strict !== 1)).toEqual([]);
    } finally {
      db.close();
    }
  });

  it('is reopened with foreign keys on, synchronous FULL and WAL, without re-running its migration', () => {
    const reopened = openVault(vault.vaultPath);
    try {
      expect(reopened.db.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(reopened.db.pragma('synchronous', { simple: true })).toBe(2);
      expect(reopened.db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(reopened.db.pragma('user_version', { simple: true })).toBe(latestSchemaVersion);
      expect(reopened.db.prepare("SELECT count(*) AS n FROM document_types WHERE code = 'SOP'").get()).toEqual({ n: 1 });
      expect(() => reopened.db.prepare('INSERT INTO user_roles (user_id, role) VALUES (999, ?)').run('reader')).toThrow(/FOREIGN KEY/);
    } finally {
      closeVault(reopened);
    }
  });
});
