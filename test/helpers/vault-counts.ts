import type Database from 'better-sqlite3';

const countedTables = ['users', 'documents', 'revisions', 'contents', 'content_chunks', 'number_sequences', 'audit_events'] as const;

/** Row counts of the tables a write can touch, plus the number counters: to show a refused write changed nothing. */
export function vaultCounts(db: Database.Database): Record<string, unknown> {
  const counts: Record<string, unknown> = {};
  for (const table of countedTables) counts[table] = (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  counts.sequences = db.prepare('SELECT prefix, last_value FROM number_sequences ORDER BY prefix').all();
  return counts;
}
