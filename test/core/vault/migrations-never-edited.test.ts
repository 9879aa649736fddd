import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { latestSchemaVersion, loadMigrations } from '../../../electron/core/vault/migrations';
import { releasedMigrations } from './released-migrations';

// Issue 8.5: "migrations are never edited" was only a comment. Every migration is pinned by its
// SHA-256 in released-migrations.ts; an edit, a rename or a removal fails here.

const migrationsFolder = fileURLToPath(new URL('../../../electron/core/vault/migrations/', import.meta.url));
const sha256OfText = (sql: string) => createHash('sha256').update(sql.replace(/\r\n/g, '\n'), 'utf8').digest('hex');
const neverEdited = 'migrations are never edited once released: add a new migration';

describe('released migrations', () => {
  const migrations = loadMigrations();

  // Numbers are given out ahead to work done in parallel, so a branch may hold 0009 before 0007 lands:
  // versions only have to rise, each used once.
  it('are every .sql file in the folder, numbered upwards from 1', () => {
    const files = readdirSync(migrationsFolder).filter((f) => f.endsWith('.sql')).sort();
    expect(migrations.map((m) => m.name), 'every migration file must be registered in migrations/index.ts, in order').toEqual(files);
    const versions = migrations.map((m) => m.version);
    expect(versions[0]).toBe(1);
    expect(versions.every((v, i) => i === 0 || v > versions[i - 1]!)).toBe(true);
    expect(latestSchemaVersion).toBe(versions.at(-1));
  });

  it.each(migrations.map((m) => [m.name, m] as const))('%s is pinned and unchanged', (name, migration) => {
    const actual = sha256OfText(migration.sql);
    const pinned = releasedMigrations[name];
    expect(pinned, `${name} is not pinned. Once it is final, pin it by adding this line to test/core/vault/released-migrations.ts:\n  '${name}': '${actual}',\n`).toBeDefined();
    expect(actual, `${name} was changed after it was released (pinned ${pinned}, now ${actual}): ${neverEdited}`).toBe(pinned);
  });

  it('are all still there under their released names', () => {
    const present = new Set(migrations.map((m) => m.name));
    const gone = Object.keys(releasedMigrations).filter((name) => !present.has(name));
    expect(gone, `released migrations were removed or renamed (${gone.join(', ')}): ${neverEdited}`).toEqual([]);
  });
});
