import type Database from 'better-sqlite3';

/**
 * Every row of every table (SQLite's own sequences included, by name), by table, in rowid order:
 * what "unchanged" and "survived" compare.
 */
export function vaultRows(db: Database.Database): Record<string, Record<string, unknown>[]> {
  // Full-text indexes (virtual tables and their shadow tables, some without rowids) are derived from the
  // tables they index, which are compared; their pages of b-tree are not rows of the record.
  const tables = db
    .prepare(
      `SELECT name FROM sqlite_master m WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL TABLE%'
         AND NOT EXISTS (SELECT 1 FROM sqlite_master v WHERE v.type = 'table' AND v.sql LIKE 'CREATE VIRTUAL TABLE%' AND m.name LIKE v.name || '\\_%' ESCAPE '\\')
       ORDER BY name`,
    )
    .pluck()
    .all() as string[];
  const order = (table: string) => (table === 'sqlite_sequence' ? 'name' : 'rowid');
  return Object.fromEntries(tables.map((t) => [t, db.prepare(`SELECT * FROM "${t}" ORDER BY ${order(t)}`).all() as Record<string, unknown>[]]));
}

/** The stored CREATE statement of each table, index and trigger, by name. */
export function schemaObjectsSql(db: Database.Database, table?: string): Record<string, string> {
  const rows = db
    .prepare("SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL AND (? IS NULL OR tbl_name = ?) ORDER BY name")
    .all(table ?? null, table ?? null) as { name: string; sql: string }[];
  return Object.fromEntries(rows.map((r) => [r.name, r.sql]));
}
