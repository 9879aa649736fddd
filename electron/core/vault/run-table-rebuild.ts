import type Database from 'better-sqlite3';
import { QuireError } from '../../../shared/errors';
import type { Migration } from './migrations';

// SQLite cannot change a CHECK list (or most constraints) in place: the table is rebuilt (create a new
// one, copy the rows, drop the old, rename the new; https://sqlite.org/lang_altertable.html#otheralter).
// That needs foreign keys off, or dropping the old table would cascade or fail. A migration asks for it
// with this line of its own, near its top:
const foreignKeysOffHeader = /^-- quire-migration: foreign-keys-off$/m;

/** Whether a migration declares that it rebuilds tables and must run with foreign keys off. */
export function needsForeignKeysOff(migration: Migration): boolean {
  return foreignKeysOffHeader.test(migration.sql);
}

interface SchemaObject {
  type: 'index' | 'trigger';
  name: string;
  tbl_name: string;
}

const schemaObjects = (db: Database.Database): SchemaObject[] =>
  db.prepare("SELECT type, name, tbl_name FROM sqlite_master WHERE type IN ('index', 'trigger') AND sql IS NOT NULL ORDER BY name").all() as SchemaObject[];

const autoincrementSequences = (db: Database.Database): Map<string, number> => {
  const exists = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sqlite_sequence'").get();
  if (!exists) return new Map();
  return new Map((db.prepare('SELECT name, seq FROM sqlite_sequence').all() as { name: string; seq: number }[]).map((r) => [r.name, r.seq]));
};

/**
 * Runs a table-rebuilding migration inside the caller's transaction and guarantees what a rebuild most
 * easily loses: every trigger and index of a table that still exists is there again (dropping the old
 * table drops them; the append-only triggers are the record's protection), and no AUTOINCREMENT
 * sequence goes back (ids are never reused, and verify reads gaps below it as deleted rows).
 */
export function runTableRebuild(db: Database.Database, migration: Migration): void {
  const before = schemaObjects(db);
  const sequences = autoincrementSequences(db);
  db.exec(migration.sql);
  const tables = new Set(db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[]);
  const after = new Set(schemaObjects(db).map((o) => o.name));
  const lost = before.filter((o) => tables.has(o.tbl_name) && !after.has(o.name));
  if (lost.length > 0) {
    const names = lost.map((o) => `${o.type} ${o.name} on ${o.tbl_name}`).join(', ');
    // A rebuild recreates every trigger and index; dropping one belongs in a migration of its own.
    throw new QuireError('VAULT_UPGRADE_FAILED', { migration: migration.name, problem: 'lost-schema-objects', objects: names });
  }
  const raise = db.prepare('UPDATE sqlite_sequence SET seq = ? WHERE name = ? AND seq < ?');
  for (const [table, seq] of sequences) if (tables.has(table)) raise.run(seq, table, seq);
}

/** Before the commit of a run with foreign keys off: refuses the whole upgrade if any row refers to a missing one. */
export function refuseDanglingReferences(db: Database.Database, rebuilds: Migration[]): void {
  const dangling = db.pragma('foreign_key_check') as { table: string; rowid: number; parent: string }[];
  if (dangling.length === 0) return;
  const shown = dangling.slice(0, 5).map((d) => `${d.table} row ${d.rowid} → ${d.parent}`).join('; ');
  throw new QuireError('VAULT_UPGRADE_FAILED', {
    migration: rebuilds.map((m) => m.name).join(', '),
    problem: 'dangling-references',
    detail: `${dangling.length} row(s): ${shown}${dangling.length > 5 ? '; …' : ''}`,
  });
}
