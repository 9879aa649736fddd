import type Database from 'better-sqlite3';
import type { StateProblems } from './state-problems';
import { stringField, stringListField, trailEventsOf } from './trail-events';

const key = (documentId: number, standard: string) => `${documentId}\u0000${standard}`;

/**
 * Holds every clause mapping to the trail: each document.clauses_changed event records the document's
 * whole set of clauses in a standard after the change, so the last one must equal the table. Returns
 * how many documents' mappings were checked.
 */
export function replayDocumentClauses(db: Database.Database, problems: StateProblems): number {
  const expected = new Map<string, string[]>();
  for (const event of trailEventsOf(db, 'document', ['document.clauses_changed'])) {
    if (event.action !== 'document.clauses_changed') continue;
    const standard = stringField(event.value, 'standard');
    const clauses = stringListField(event.value, 'clauses');
    if (standard !== undefined && clauses !== undefined) expected.set(key(event.entityId, standard), [...clauses].sort());
  }
  const actual = new Map<string, string[]>();
  for (const row of db.prepare('SELECT document_id, standard, clause FROM document_clauses ORDER BY document_id, standard, clause').all() as { document_id: number; standard: string; clause: string }[]) {
    const k = key(row.document_id, row.standard);
    actual.set(k, [...(actual.get(k) ?? []), row.clause]);
  }
  for (const k of new Set([...expected.keys(), ...actual.keys()])) {
    const [documentId, standard] = k.split('\u0000');
    const inTrail = expected.get(k) ?? [];
    const inVault = [...(actual.get(k) ?? [])].sort();
    if (JSON.stringify(inTrail) !== JSON.stringify(inVault)) {
      const where = `clauses of document ${documentId} in ${standard}`;
      problems.add(where, `The ${where} are ${JSON.stringify(inVault)} in the vault, but the audit trail says ${JSON.stringify(inTrail)}.`);
    }
  }
  return actual.size;
}
