import type Database from 'better-sqlite3';
import type { VerifyProblem } from '../../../shared/contract';

/**
 * Checks register_entries (migration 0011) against the revisions it is derived from: each document's
 * entry must name its current revision (the effective one, else the newest) with that revision's state,
 * label and dates. The triggers keep it so; a mismatch means the file was edited outside Quire, and the
 * register would show a document in a state its revisions do not have.
 */
export function verifyRegisterIndex(db: Database.Database): VerifyProblem[] {
  const wrong = db
    .prepare(
      `SELECT d.number, e.revision_id AS listed, r.id AS actual
         FROM documents d
         LEFT JOIN register_entries e ON e.document_id = d.id
         LEFT JOIN revisions r ON r.id = (SELECT x.id FROM revisions x WHERE x.document_id = d.id ORDER BY x.state = 'effective' DESC, x.id DESC LIMIT 1)
        WHERE e.revision_id IS NOT r.id OR e.state IS NOT r.state OR e.major_label IS NOT r.major_label OR e.draft_number IS NOT r.draft_number
           OR e.effective_date IS NOT r.effective_date OR e.next_review_date IS NOT r.next_review_date
        LIMIT 20`,
    )
    .all() as { number: string; listed: number | null; actual: number | null }[];
  return wrong.map((w) => ({
    kind: 'state',
    location: `register_entries ${w.number}`,
    message: `The register lists ${w.number} by ${w.listed === null ? 'no revision' : `revision id ${w.listed}`} in a way its revisions do not explain (its current revision is id ${w.actual ?? 'none'}).`,
  }));
}
