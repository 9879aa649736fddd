import type Database from 'better-sqlite3';
import type { StateProblems } from './state-problems';
import { stringField, trailEventsOf } from './trail-events';

interface LinkRow {
  document_id: number;
  uses: string;
  kind: string;
  linked_by: number;
}

const key = (documentId: number, uses: string) => `${documentId}\u0000${uses}`;

/**
 * Holds the links between documents to the trail: each document.linked event records that a document
 * uses another, of which kind, and who said so (the last event for a pair is the link now). The links
 * decide whose owners are asked to check their document when one it uses changes. Returns how many
 * links were checked.
 */
export function replayDocumentLinks(db: Database.Database, problems: StateProblems): number {
  const expected = new Map<string, { kind: string | undefined; by: number | null; event: number }>();
  for (const event of trailEventsOf(db, 'document', ['document.linked'])) {
    if (event.action !== 'document.linked') continue;
    const uses = stringField(event.value, 'uses');
    if (uses !== undefined) expected.set(key(event.entityId, uses), { kind: stringField(event.value, 'kind'), by: event.userId, event: event.id });
  }
  let count = 0;
  const rows = db.prepare('SELECT l.document_id, d.number AS uses, l.kind, l.linked_by FROM document_links l JOIN documents d ON d.id = l.linked_document_id ORDER BY l.id').iterate() as IterableIterator<LinkRow>;
  for (const row of rows) {
    count += 1;
    const where = `link of document ${row.document_id} to ${row.uses}`;
    const trail = expected.get(key(row.document_id, row.uses));
    expected.delete(key(row.document_id, row.uses));
    if (!trail) problems.add(where, `The ${where} (${row.kind}) was not made by any audit event.`);
    else if (trail.kind !== row.kind || trail.by !== row.linked_by) {
      problems.add(where, `The ${where} is ${JSON.stringify(row.kind)} by user ${row.linked_by} in the vault, but audit event ${trail.event} says ${JSON.stringify(trail.kind)} by user ${trail.by}.`);
    }
  }
  for (const [k, trail] of expected) problems.add(`audit event ${trail.event}`, `Audit event ${trail.event} linked document ${k.split('\u0000')[0]} to ${k.split('\u0000')[1]}, a link not in the vault.`);
  return count;
}
