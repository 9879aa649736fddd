import Database from 'better-sqlite3';
import { copyFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { vaultVerifyChecks } from '../../../electron/core/api/vault-verify-checks';
import { migrateVault } from '../../../electron/core/vault/migrate';
import { latestSchemaVersion, loadMigrations, type Migration } from '../../../electron/core/vault/migrations';
import { applyConnectionPragmas } from '../../../electron/core/vault/open-vault';
import { verifyVault } from '../../../electron/core/verify/verify-vault';
import { addDocumentTeam, registerEffectiveDocument } from '../../helpers/document-team';
import { createTestVault, type TestVault } from '../../helpers/temp-vault';
import { schemaObjectsSql, vaultRows } from '../../helpers/vault-contents';
import { noChangeImpact } from '../../helpers/workflow';

// Issue 8.5: a CHECK list (roles, revision states) can only change by rebuilding its table. The runner
// turns foreign keys off around the transaction, checks every reference before the commit, and a
// rebuild that leaves a dangling reference or loses a trigger changes nothing at all.

const rebuiltVersion = latestSchemaVersion + 1;

interface RebuildOptions {
  /** Rows of revisions the (buggy) migration leaves out. */
  leaveOut?: string;
  /** A buggy migration forgets to recreate the triggers and indexes that DROP TABLE took with it. */
  forgetTriggersAndIndexes?: boolean;
}

/**
 * A migration, built from the vault's own schema, that rebuilds `revisions` with one more state in its
 * CHECK list — the SQLite recipe: create the new table, copy, drop the old, rename, recreate triggers and indexes.
 */
function addRevisionStateMigration(db: Database.Database, state: string, options: RebuildOptions = {}): Migration {
  const objects = db.prepare("SELECT type, sql FROM sqlite_master WHERE tbl_name = 'revisions' AND sql IS NOT NULL").all() as { type: string; sql: string }[];
  const table = objects.find((o) => o.type === 'table')!.sql;
  const rebuilt = table.replace(/^CREATE TABLE "?revisions"?/, 'CREATE TABLE revisions_rebuilt').replace(/(\bstate TEXT NOT NULL CHECK \(state IN \()/, `$1'${state}', `);
  expect(rebuilt, 'the test could not find the revision states in the schema').toContain(`'${state}'`);
  const dependents = options.forgetTriggersAndIndexes ? [] : objects.filter((o) => o.type !== 'table').map((o) => `${o.sql};`);
  return {
    version: rebuiltVersion,
    name: `${rebuiltVersion}-revision-state-${state}.sql`,
    sql: [
      '-- Test migration: one more revision state.',
      '-- quire-migration: foreign-keys-off',
      `${rebuilt};`,
      `INSERT INTO revisions_rebuilt SELECT * FROM revisions${options.leaveOut ? ` WHERE NOT (${options.leaveOut})` : ''};`,
      'DROP TABLE revisions;',
      'ALTER TABLE revisions_rebuilt RENAME TO revisions;',
      ...dependents,
    ].join('\n'),
  };
}

describe('a migration that rebuilds a table, on a populated vault', () => {
  let t: TestVault;
  let db: Database.Database;

  // One populated vault (signing costs scrypt); each test works on a fresh copy of it.
  beforeAll(async () => {
    t = await createTestVault();
    const team = await addDocumentTeam(t);
    const number = await registerEffectiveDocument(t, team, 'Cleaning of filling line 2', t.file('cleaning.txt', 'Clean the filling line before each batch.\n'));
    const changed = t.file('cleaning-b.txt', 'Clean and dry the filling line before each batch.\n');
    await t.core.call(team.author, 'revisions.createDraft', { impact: noChangeImpact, number, file: { path: changed }, changeSummary: 'Dry the line too.' });
    t.core.close();
  }, 600_000);
  afterAll(() => t.cleanup());

  beforeEach(({ task }) => {
    const copy = `${t.vaultPath}.${task.id}.quire`;
    copyFileSync(t.vaultPath, copy);
    db = new Database(copy);
    applyConnectionPragmas(db);
    // Ids are never reused: a sequence ahead of the highest row must survive a rebuild.
    db.prepare("UPDATE sqlite_sequence SET seq = seq + 5 WHERE name = 'revisions'").run();
  });
  afterEach(() => db.close());

  it('changes the CHECK list, keeps every row, trigger, index, sequence and reference, and turns foreign keys back on', () => {
    const rowsBefore = vaultRows(db);
    const triggersAndIndexes = schemaObjectsSql(db, 'revisions');
    delete triggersAndIndexes.revisions;
    expect(Object.keys(triggersAndIndexes).sort()).toEqual(['register_entry_on_new_revision', 'register_entry_on_revision_change', 'revision_content_frozen', 'revisions_by_content', 'revisions_by_document', 'revisions_by_document_state', 'revisions_by_state', 'revisions_never_deleted']);
    expect(() => db.prepare("UPDATE revisions SET state = 'archived' WHERE id = 1").run()).toThrow(/CHECK constraint failed/);

    migrateVault(db, [...loadMigrations(), addRevisionStateMigration(db, 'archived')]);

    expect(db.pragma('user_version', { simple: true })).toBe(rebuiltVersion);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(vaultRows(db)).toEqual(rowsBefore);
    const after = schemaObjectsSql(db, 'revisions');
    for (const [name, sql] of Object.entries(triggersAndIndexes)) expect(after[name], name).toBe(sql);
    // The recreated triggers still hold, and the new state is accepted.
    expect(() => db.prepare('DELETE FROM revisions WHERE id = 1').run()).toThrow(/Revisions are never deleted/);
    expect(() => db.prepare("UPDATE revisions SET sha256 = 'x' WHERE id = 1").run()).toThrow(/content and origin never change/);
    expect(db.prepare("EXPLAIN QUERY PLAN SELECT * FROM revisions WHERE document_id = 1 ORDER BY id").all()).toEqual(
      expect.arrayContaining([expect.objectContaining({ detail: expect.stringContaining('revisions_by_document') })]),
    );
    const stateBefore = db.prepare('SELECT state FROM revisions WHERE id = 1').pluck().get() as string;
    db.prepare("UPDATE revisions SET state = 'archived' WHERE id = 1").run();
    expect(db.prepare('SELECT state FROM revisions WHERE id = 1').pluck().get()).toBe('archived');
    // 'archived' is this test's own state, unknown to Quire's lifecycle table (which verify labels
    // revisions by): put the revision back before verifying the rebuilt vault.
    db.prepare('UPDATE revisions SET state = ? WHERE id = 1').run(stateBefore);
    // Foreign keys are enforced again, on the rebuilt table and on the tables that refer to it.
    expect(() =>
      db.prepare("INSERT INTO revisions (document_id, major_label, draft_number, state, author_id, content_id, sha256, file_name, media_type, size, created_at) SELECT 999, 'Z', 1, 'draft', author_id, content_id, sha256, file_name, media_type, size, created_at FROM revisions WHERE id = 1").run(),
    ).toThrow(/FOREIGN KEY constraint failed/);
    expect(() => db.prepare('UPDATE routes SET revision_id = 999').run()).toThrow(/FOREIGN KEY constraint failed/);
    expect(verifyVault(db, vaultVerifyChecks)).toMatchObject({ ok: true, problems: [] });
  });

  it('refuses a rebuild that leaves a reference dangling: nothing changes and the vault stays at its version', () => {
    const rowsBefore = vaultRows(db);
    const schemaBefore = schemaObjectsSql(db);
    const lossy = addRevisionStateMigration(db, 'archived', { leaveOut: 'id = 1' });

    expect(() => migrateVault(db, [...loadMigrations(), lossy])).toThrow(
      expect.objectContaining({ code: 'VAULT_UPGRADE_FAILED', message: expect.stringMatching(/would refer to rows that no longer exist \(.*→ revisions.*Nothing was changed/) }),
    );

    expect(db.pragma('user_version', { simple: true })).toBe(latestSchemaVersion);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(schemaObjectsSql(db)).toEqual(schemaBefore);
    expect(vaultRows(db)).toEqual(rowsBefore);
    expect(verifyVault(db, vaultVerifyChecks).ok).toBe(true);
  });

  it('refuses a rebuild that loses the triggers and indexes of the rebuilt table', () => {
    const rowsBefore = vaultRows(db);
    const schemaBefore = schemaObjectsSql(db);
    const careless = addRevisionStateMigration(db, 'archived', { forgetTriggersAndIndexes: true });

    let refusal: unknown;
    try {
      migrateVault(db, [...loadMigrations(), careless]);
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toMatchObject({ code: 'VAULT_UPGRADE_FAILED', message: expect.stringContaining('without recreating its') });
    for (const lost of ['trigger revisions_never_deleted', 'trigger revision_content_frozen', 'index revisions_by_document']) {
      expect((refusal as Error).message).toContain(`${lost} on revisions`);
    }

    expect(db.pragma('user_version', { simple: true })).toBe(latestSchemaVersion);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(schemaObjectsSql(db)).toEqual(schemaBefore);
    expect(vaultRows(db)).toEqual(rowsBefore);
  });
});
