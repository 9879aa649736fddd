import type Database from 'better-sqlite3';
import type { MasterListRow, RegisterFilter } from '../../../shared/contract';
import { statement } from '../vault/statements';
import { iterateRegisterRows } from './register-query';
import { revisionLabel } from './revision-labels';

/** The reviewers and approvers of a revision's latest route that was not cancelled, in route order. */
function routePeople(db: Database.Database, revisionId: number): { reviewers: string[]; approvers: string[] } {
  const tasks = statement<[number], { stage: 'review' | 'approval'; full_name: string }>(
    db,
    `SELECT t.stage, u.full_name FROM route_tasks t JOIN users u ON u.id = t.assignee_id
      WHERE t.route_id = (SELECT max(id) FROM routes WHERE revision_id = ? AND state <> 'cancelled') ORDER BY t.stage DESC, t.position, t.id`,
  ).all(revisionId);
  return { reviewers: tasks.filter((t) => t.stage === 'review').map((t) => t.full_name), approvers: tasks.filter((t) => t.stage === 'approval').map((t) => t.full_name) };
}

/** Who holds a controlled copy of the document now (issued, or due for recall but not yet back). */
function copyholders(db: Database.Database, documentId: number): string[] {
  return statement<[number], { copyholder: string; copy_number: number; location: string }>(
    db,
    "SELECT copyholder, copy_number, location FROM controlled_copies WHERE document_id = ? AND status IN ('issued', 'due_for_recall') ORDER BY copy_number",
  )
    .all(documentId)
    .map((c) => `${c.copyholder} (copy ${c.copy_number}, ${c.location})`);
}

/**
 * The master document list, one line per document in the register's order and filters, read one row
 * at a time: the reviewers, approvers and change summary are the current revision's.
 */
export function* iterateMasterList(db: Database.Database, filter: RegisterFilter, seesEveryRevision: boolean): Generator<MasterListRow> {
  const changeSummary = statement<[number], string | null>(db, 'SELECT change_summary FROM revisions WHERE id = ?').pluck();
  for (const row of iterateRegisterRows(db, filter, seesEveryRevision)) {
    yield {
      number: row.number,
      title: row.title,
      type: row.doc_type,
      department: row.department,
      revision: revisionLabel(row.major_label, row.draft_number, row.state),
      state: row.state,
      status: row.status,
      effectiveDate: row.effective_date,
      nextReviewDate: row.next_review_date,
      owner: row.owner_full_name,
      ...routePeople(db, row.revision_id),
      copyholders: copyholders(db, row.id),
      changeSummary: changeSummary.get(row.revision_id) ?? null,
    };
  }
}
