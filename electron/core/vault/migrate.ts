import type Database from 'better-sqlite3';
import { loadMigrations } from './migrations';

/** Runs every migration newer than the file's user_version, all in one transaction. */
export function migrateVault(db: Database.Database): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  const pending = loadMigrations().filter((m) => m.version > current);
  if (pending.length === 0) return;
  db.transaction(() => {
    for (const migration of pending) {
      db.exec(migration.sql);
      db.pragma(`user_version = ${migration.version}`);
    }
  }).immediate();
}
