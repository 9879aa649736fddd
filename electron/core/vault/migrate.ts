import type Database from 'better-sqlite3';
import { QuireError } from '../../../shared/errors';
import { loadMigrations, type Migration } from './migrations';
import { needsForeignKeysOff, refuseDanglingReferences, runTableRebuild } from './run-table-rebuild';

/**
 * Runs every migration newer than the file's user_version, all in one transaction: either the vault
 * reaches the newest schema or it stays exactly as it was. When one of them rebuilds a table, foreign
 * keys are off for the run (the pragma is a no-op inside a transaction, so it is set outside) and every
 * reference is checked before the commit. `migrations` is injectable so tests can run a rebuild.
 */
export function migrateVault(db: Database.Database, migrations: readonly Migration[] = loadMigrations()): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  const pending = migrations.filter((m) => m.version > current);
  if (pending.length === 0) return;
  const rebuilds = pending.some(needsForeignKeysOff);
  if (rebuilds && db.inTransaction) throw new Error('A migration that rebuilds a table cannot run inside an open transaction');
  const foreignKeysWereOn = db.pragma('foreign_keys', { simple: true }) === 1;
  if (rebuilds) db.pragma('foreign_keys = OFF');
  try {
    db.transaction(() => {
      for (const migration of pending) {
        try {
          if (needsForeignKeysOff(migration)) runTableRebuild(db, migration);
          else db.exec(migration.sql);
        } catch (error) {
          if (error instanceof QuireError) throw error;
          throw new QuireError('VAULT_UPGRADE_FAILED', { migration: migration.name, problem: 'statement-failed', detail: (error as Error).message });
        }
        db.pragma(`user_version = ${migration.version}`);
      }
      if (rebuilds) refuseDanglingReferences(db, pending.filter(needsForeignKeysOff));
    }).immediate();
  } finally {
    if (rebuilds && foreignKeysWereOn) db.pragma('foreign_keys = ON');
  }
}
