import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { vaultVerifyChecks } from '../../../electron/core/api/vault-verify-checks';
import { QuireCore } from '../../../electron/core/quire-core';
import { latestSchemaVersion, loadMigrations } from '../../../electron/core/vault/migrations';
import { closeVault, openVault, openVaultReadOnly } from '../../../electron/core/vault/open-vault';
import { verifyVault } from '../../../electron/core/verify/verify-vault';
import { runQuire } from '../../helpers/quire-cli';
import { schemaSnapshot, schemaSnapshotFile } from '../../helpers/schema-snapshot';
import { tempFolder } from '../../helpers/temp-vault';
import { vaultRows } from '../../helpers/vault-contents';
import { buildVaultAtSchema, olderVaultPassword } from './older-vaults/older-vault';
import { rowsAtSchema } from './older-vaults/rows-at-schema';

// Issue 8.5 and DESIGN.md §5: a vault is kept 10–15 years and opened by every later Quire. For every
// schema older than the newest, a vault with real rows of that time (people, documents, contents,
// signatures, a hash-chained trail, prints) is migrated the way opening it does, and must keep every
// row, end with the schema of a new vault, and pass `quire verify`. A new migration adds one entry to
// older-vaults/rows-at-schema.ts; a migration that transforms rows on purpose adds its own expectation.

type Rows = ReturnType<typeof vaultRows>;
// The newest schema is in the list too: its rows are checked now, before the next migration needs them.
// Numbers are given out ahead, so a version no migration has (yet) is no schema a vault was written at.
const schemaVersions = loadMigrations().map((m) => m.version);

/** The rows of `after` reduced to the columns `before` had, in the same order: what must not have changed. */
// Columns a migration dropped on purpose: copies of what another table keeps.
const droppedColumns: Readonly<Record<string, readonly string[]>> = {
  // 0017: the text of a page is read from content_texts.pages, its only copy.
  search_texts: ['body'],
};

function keptColumns(table: string, before: Record<string, unknown>[], after: Record<string, unknown>[]): Record<string, unknown>[] {
  const columns = Object.keys(before[0] ?? {}).filter((c) => !droppedColumns[table]?.includes(c));
  return after.slice(0, before.length).map((row) => Object.fromEntries(columns.map((c) => [c, row[c]])));
}

describe.each(schemaVersions)('a vault last written at schema %i', (version) => {
  const { dir, cleanup } = tempFolder('quire-older-vault-');
  const file = path.join(dir, `schema-${version}.quire`);
  let before: Rows;

  beforeAll(async () => {
    await buildVaultAtSchema(file, version, rowsAtSchema);
    const db = new Database(file, { readonly: true });
    try {
      expect(db.pragma('user_version', { simple: true })).toBe(version);
      before = vaultRows(db);
    } finally {
      db.close();
    }
  }, 600_000);
  afterAll(cleanup);

  it('is migrated to the newest schema when opened, every row it held unchanged', () => {
    expect(before.users!.length).toBeGreaterThan(0);
    const vault = openVault(file);
    try {
      expect(vault.db.pragma('user_version', { simple: true })).toBe(latestSchemaVersion);
      const after = vaultRows(vault.db);
      for (const [table, rows] of Object.entries(before)) {
        if (table === 'sqlite_sequence') continue;
        expect(after[table], `table ${table} is gone`).toBeDefined();
        expect(keptColumns(table, rows, after[table]!), `rows of ${table}`).toEqual(keptColumns(table, rows, rows));
      }
      // Ids are never reused: no AUTOINCREMENT sequence went back.
      const sequences = new Map(after.sqlite_sequence!.map((s) => [s.name, s.seq as number]));
      for (const s of before.sqlite_sequence ?? []) expect(sequences.get(s.name as string), `sequence of ${String(s.name)}`).toBeGreaterThanOrEqual(s.seq as number);
      expect(
        schemaSnapshot(vault.db),
        `the upgraded schema differs from that of a new vault (${path.basename(schemaSnapshotFile)}; if a new migration changed it on purpose, run npm run schema:snapshot)`,
      ).toBe(readFileSync(schemaSnapshotFile, 'utf8'));
    } finally {
      closeVault(vault);
    }
  });

  it('passes quire verify, every audit event and signature counted', async () => {
    const vault = openVaultReadOnly(file);
    try {
      const report = verifyVault(vault.db, vaultVerifyChecks);
      expect(report.problems).toEqual([]);
      expect(report.auditEvents).toBe(before.audit_events!.length);
      expect(report.signatures).toBe(before.signatures?.length ?? 0);
      expect(report.contents).toBe(before.contents!.length);
    } finally {
      vault.db.close();
    }
    const cli = await runQuire(['verify', file]);
    expect(cli.stderr).toBe('');
    expect(cli.code).toBe(0);
  });

  it('lets its administrator sign in with their password and read the register; a controller reads every revision', async () => {
    type RevisionRow = { id: number; document_id: number; major_label: string; draft_number: number; state: string; author_id: number };
    const revisions = before.revisions as RevisionRow[];
    const userId = (username: string) => (before.users as { id: number; username: string }[]).find((u) => u.username === username)!.id;
    const rolesOf = (username: string) => (before.user_roles as { user_id: number; role: string }[]).filter((r) => r.user_id === userId(username)).map((r) => r.role);
    // The rows the upgraded vault should show a user, by the rule of revision-access.ts: authors and
    // controllers every revision; anyone else the effective ones, their own, and those they review or approve.
    function revisionsSeenBy(username: string, documentId: number): string[] {
      const id = userId(username);
      const routeOf = new Map((before.routes ?? []).map((r) => [r.id as number, r.revision_id as number]));
      const onOwnRoute = new Set((before.route_tasks ?? []).filter((t) => t.assignee_id === id && t.state !== 'closed').map((t) => routeOf.get(t.route_id as number)));
      const seesAll = rolesOf(username).some((role) => role === 'author' || role === 'controller');
      return revisions
        .filter((r) => r.document_id === documentId)
        .filter((r) => seesAll || r.state === 'effective' || r.author_id === id || onOwnRoute.has(r.id))
        .map((r) => `${r.state === 'effective' ? r.major_label : `${r.major_label}.${r.draft_number}`} ${r.state}`);
    }
    const documentIds = (before.documents as { id: number; number: string }[]).map((d) => [d.number, d.id] as const);

    const core = QuireCore.open(file, { workstation: 'upgrade-test' });
    try {
      const { token } = await core.login('admin', olderVaultPassword);
      // The register shows the administrator (a reader of documents) those with a revision in force.
      const inForce = new Set(revisions.filter((r) => r.state === 'effective').map((r) => r.document_id));
      const register = (await core.call(token, 'documents.list', { limit: 500 })).documents;
      expect(register.map((d) => d.number).sort()).toEqual(documentIds.filter(([, id]) => inForce.has(id)).map(([number]) => number).sort());
      // The administrator is neither author nor controller: they read what is in force, not the drafts.
      expect(rolesOf('admin')).toEqual(['admin']);
      for (const [number, id] of documentIds) {
        const doc = await core.call(token, 'documents.get', { number });
        expect(doc.id).toBe(id);
        expect(doc.revisions.map((r) => `${r.label} ${r.state}`), `${number} for admin`).toEqual(revisionsSeenBy('admin', id));
        expect(doc.revisions.every((r) => r.state === 'effective'), `${number} for admin`).toBe(true);
      }

      // Carol, a controller, reads every revision the old vault held (once she has replaced the initial password she was given).
      expect(rolesOf('carol')).toContain('controller');
      const carol = (await core.login('carol', olderVaultPassword)).token;
      await core.call(carol, 'session.changePassword', { currentPassword: olderVaultPassword, newPassword: 'Kept-for-15-years-1' });
      for (const [number, id] of documentIds) {
        const all = revisions.filter((r) => r.document_id === id);
        expect(all.length).toBeGreaterThan(0);
        const doc = await core.call(carol, 'documents.get', { number });
        expect(doc.revisions.map((r) => r.id), `${number} for carol`).toEqual(all.map((r) => r.id));
        expect(doc.revisions.map((r) => `${r.label} ${r.state}`), `${number} for carol`).toEqual(revisionsSeenBy('carol', id));
      }
    } finally {
      core.close();
    }
  });
});
