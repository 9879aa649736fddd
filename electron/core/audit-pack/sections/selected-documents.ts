import type Database from 'better-sqlite3';
import type { DocumentRow } from '../../documents/document-queries';

/** The numbers (upper case) of the chosen documents. */
export function documentNumbersOf(db: Database.Database, ids: Set<number>): Set<string> {
  const number = db.prepare('SELECT number FROM documents WHERE id = ?').pluck();
  return new Set([...ids].map((id) => String(number.get(id)).toUpperCase()));
}

/**
 * The documents of the pack in number order, a hundred at a time, so no query stays open while a
 * section awaits (the connection serves other calls meanwhile) and no list of the whole vault is held.
 */
export function* eachSelectedDocument(db: Database.Database, ids: Set<number> | null): Generator<DocumentRow> {
  const batch = db.prepare(
    `SELECT d.*, u.username AS owner_username, u.full_name AS owner_full_name FROM documents d JOIN users u ON u.id = d.owner_id
     WHERE d.number > @after ORDER BY d.number LIMIT 100`,
  );
  let after = '';
  for (;;) {
    const rows = batch.all({ after }) as DocumentRow[];
    if (rows.length === 0) return;
    for (const row of rows) if (!ids || ids.has(row.id)) yield row;
    after = rows.at(-1)!.number;
  }
}
