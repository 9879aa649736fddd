import type Database from 'better-sqlite3';
import type { GapAnalysis } from '../../../shared/contract';
import { labelOf, type RevisionRow } from '../documents/document-queries';

type Label = Pick<RevisionRow, 'major_label' | 'draft_number' | 'state'>;

/**
 * The document-control findings an auditor would raise today, straight from the register: periodic
 * reviews past due, read-and-understood training not yet signed (overdue first), controlled copies of
 * superseded revisions still out, external documents that do not name their source, and documents
 * whose owner can no longer act (a disabled account).
 */
export function documentControlFindings(db: Database.Database, today: string): GapAnalysis['findings'] {
  const overdueReviews = (
    db
      .prepare(
        `SELECT d.number, d.title, r.major_label, r.draft_number, r.state, r.next_review_date, u.username AS owner
         FROM revisions r JOIN documents d ON d.id = r.document_id JOIN users u ON u.id = d.owner_id
         WHERE r.state = 'effective' AND d.status = 'active' AND r.next_review_date < ? ORDER BY r.next_review_date, d.number`,
      )
      .all(today) as (Label & { number: string; title: string; next_review_date: string; owner: string })[]
  ).map((r) => ({ number: r.number, title: r.title, revision: labelOf(r), owner: r.owner, nextReviewDate: r.next_review_date }));

  const training = (
    db
      .prepare(
        `SELECT d.number, r.major_label, r.draft_number, r.state, u.username, u.full_name, a.due_date
         FROM training_assignments a JOIN revisions r ON r.id = a.revision_id JOIN documents d ON d.id = r.document_id JOIN users u ON u.id = a.user_id
         WHERE a.signature_id IS NULL AND r.state = 'effective' AND u.disabled_at IS NULL
         ORDER BY (a.due_date IS NOT NULL AND a.due_date < @today) DESC, a.due_date, d.number, u.username`,
      )
      .all({ today }) as (Label & { number: string; username: string; full_name: string; due_date: string | null })[]
  ).map((r) => ({ number: r.number, revision: labelOf(r), user: r.username, fullName: r.full_name, dueDate: r.due_date, overdue: r.due_date !== null && r.due_date < today }));

  const copiesNotRecalled = (
    db
      .prepare(
        `SELECT d.number, r.major_label, r.draft_number, r.state, c.copy_number, c.copyholder, c.location, c.due_for_recall_at
         FROM controlled_copies c JOIN documents d ON d.id = c.document_id JOIN revisions r ON r.id = c.revision_id
         WHERE c.status = 'due_for_recall' ORDER BY c.due_for_recall_at, d.number, c.copy_number`,
      )
      .all() as (Label & { number: string; copy_number: number; copyholder: string; location: string; due_for_recall_at: string | null })[]
  ).map((r) => ({ number: r.number, revision: labelOf(r), copyNumber: r.copy_number, copyholder: r.copyholder, location: r.location, dueForRecallAt: r.due_for_recall_at }));

  const externalWithoutSource = db
    .prepare(
      `SELECT d.number, d.title, d.doc_type AS type FROM documents d JOIN document_types t ON t.code = d.doc_type
       WHERE t.is_external = 1 AND d.status = 'active' AND trim(coalesce(d.external_source, '')) = '' ORDER BY d.number`,
    )
    .all() as GapAnalysis['findings']['externalWithoutSource'];

  const withoutOwner = db
    .prepare(
      `SELECT d.number, d.title, u.username AS owner FROM documents d JOIN users u ON u.id = d.owner_id
       WHERE d.status = 'active' AND u.disabled_at IS NOT NULL ORDER BY d.number`,
    )
    .all() as GapAnalysis['findings']['withoutOwner'];

  return { overdueReviews, training, copiesNotRecalled, externalWithoutSource, withoutOwner };
}
