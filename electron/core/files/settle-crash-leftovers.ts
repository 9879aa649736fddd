import path from 'node:path';
import type Database from 'better-sqlite3';
import { backupRecorded } from '../backup/backup-vault';
import { printRecorded } from '../prints/print-recorded';
import { settleLeftovers } from './staged-file';

/**
 * How many of the newest prints and backups name the folders looked at, among how many of the newest
 * events: a killed writer is almost always the last one, and opening a vault must not read its whole trail.
 */
const recentWrites = 50;
const recentEvents = 10_000;

/**
 * Settles what killed prints and backups left beside their destinations, in the folders the vault's
 * newest prints and backups went to: a recorded print or backup still under its staged name is
 * published, anything unrecorded is deleted. Run when a host opens the vault for work, so nothing
 * waits for the next print or backup into the same folder. Never throws: a folder that cannot be
 * read or changed now is settled by a later print or backup into it.
 */
export function settleCrashLeftovers(db: Database.Database): { published: string[]; removed: string[] } {
  const files = db
    .prepare(
      `SELECT coalesce(json_extract(new_value, '$.file'), json_extract(new_value, '$.destination')) FROM audit_events
       WHERE id > (SELECT coalesce(max(id), 0) FROM audit_events) - ? AND action IN ('revision.printed', 'vault.backed_up') ORDER BY id DESC LIMIT ?`,
    )
    .pluck()
    .all(recentEvents, recentWrites) as (string | null)[];
  const folders = new Set(files.filter((file): file is string => typeof file === 'string').map((file) => path.dirname(file)));
  const settled = { published: [] as string[], removed: [] as string[] };
  for (const folder of folders) {
    try {
      for (const done of [settleLeftovers(folder, 'print', (_target, code) => printRecorded(db, code)), settleLeftovers(folder, 'backup', (target) => backupRecorded(db, target))]) {
        settled.published.push(...done.published);
        settled.removed.push(...done.removed);
      }
    } catch {
      // A folder on a drive that is gone or read-only: the next print or backup into it settles it.
    }
  }
  return settled;
}
