import type Database from 'better-sqlite3';
import type { RevisionState } from '../../../shared/contract';
import { labelOf } from '../documents/document-queries';

export interface AwaitingRelease {
  number: string;
  title: string;
  revision: string;
  /** Null: approved and not yet released; a date: released, waiting to become effective then. */
  effectiveDate: string | null;
}

/** Approved revisions of active documents: those to release, and those released for a later date (`releasedOnly`). */
export function awaitingRelease(db: Database.Database, releasedOnly = false): AwaitingRelease[] {
  const rows = db
    .prepare(
      `SELECT d.number, d.title, r.major_label, r.draft_number, r.state, r.effective_date
       FROM revisions r JOIN documents d ON d.id = r.document_id
       WHERE r.state = 'approved' AND d.status = 'active' AND (@releasedOnly = 0 OR r.effective_date IS NOT NULL)
       ORDER BY r.effective_date IS NOT NULL, r.effective_date, d.number`,
    )
    .all({ releasedOnly: releasedOnly ? 1 : 0 }) as { number: string; title: string; major_label: string; draft_number: number; state: RevisionState; effective_date: string | null }[];
  return rows.map((r) => ({ number: r.number, title: r.title, revision: labelOf(r), effectiveDate: r.effective_date }));
}
