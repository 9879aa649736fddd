import type Database from 'better-sqlite3';
import type { StateProblems } from './state-problems';
import { trailEventsOf } from './trail-events';

interface ImpactRow {
  revision_id: number;
  training_needed: number;
  linked_documents_affected: number;
  validation_needed: number;
  note: string | null;
  stated_by: number;
}

type Impact = { trainingNeeded: boolean; linkedDocumentsAffected: boolean; validationNeeded: boolean; note: string | null };

const inWords = (i: Impact) => JSON.stringify({ trainingNeeded: i.trainingNeeded, linkedDocumentsAffected: i.linkedDocumentsAffected, validationNeeded: i.validationNeeded, note: i.note });

/**
 * Holds each revision's impact assessment (training needed, linked documents affected, validation needed,
 * note) to the last revision.change_record_stated event that stated one: it is part of the change record
 * an auditor reads and what decides whether training follows. Returns how many assessments were checked.
 */
export function replayChangeImpacts(db: Database.Database, problems: StateProblems): number {
  const expected = new Map<number, { impact: Impact; by: number | null; event: number }>();
  for (const event of trailEventsOf(db, 'revision', ['revision.change_record_stated'])) {
    if (event.action !== 'revision.change_record_stated' || typeof event.value.impact !== 'object' || event.value.impact === null) continue;
    const impact = event.value.impact as Partial<Impact>;
    expected.set(event.entityId, { impact: { trainingNeeded: impact.trainingNeeded === true, linkedDocumentsAffected: impact.linkedDocumentsAffected === true, validationNeeded: impact.validationNeeded === true, note: impact.note ?? null }, by: event.userId, event: event.id });
  }
  let count = 0;
  for (const row of db.prepare('SELECT revision_id, training_needed, linked_documents_affected, validation_needed, note, stated_by FROM change_impacts ORDER BY revision_id').iterate() as IterableIterator<ImpactRow>) {
    count += 1;
    const where = `impact assessment of revision ${row.revision_id}`;
    const inVault = inWords({ trainingNeeded: row.training_needed === 1, linkedDocumentsAffected: row.linked_documents_affected === 1, validationNeeded: row.validation_needed === 1, note: row.note });
    const trail = expected.get(row.revision_id);
    expected.delete(row.revision_id);
    if (!trail) problems.add(where, `The ${where} was not stated by any audit event.`);
    else if (inVault !== inWords(trail.impact) || row.stated_by !== trail.by) {
      problems.add(where, `The ${where} is ${inVault} (user ${row.stated_by}) in the vault, but audit event ${trail.event} says ${inWords(trail.impact)} (user ${trail.by}).`);
    }
  }
  for (const [revisionId, trail] of expected) problems.add(`audit event ${trail.event}`, `Audit event ${trail.event} stated the impact of revision ${revisionId}, which is not in the vault.`);
  return count;
}
