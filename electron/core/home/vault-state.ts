import type Database from 'better-sqlite3';
import { homeListLimit, type RevisionState, type VaultState } from '../../../shared/contract';
import { labelOf } from '../documents/document-queries';
import { addDays } from '../workflow/calendar-dates';
import { awaitingRelease } from '../workflow/awaiting-release';

type LabelColumns = { major_label: string; draft_number: number; state: RevisionState };
const percent = (done: number, all: number) => (all === 0 ? 100 : Math.floor((done * 100) / all));

/**
 * The vault's state for a controller's home page, each list most urgent first and capped at
 * `homeListLimit`, with totals. One aggregate query per list (no query per document), each served by
 * an index on the state it filters (migration 0010), so the answer stays fast on a large vault.
 */
export function vaultState(db: Database.Database, today: string, withinDays = 30): VaultState {
  const params = { limit: homeListLimit, horizon: addDays(today, withinDays), today };
  const reviews = db
    .prepare(
      `SELECT d.number, d.title, r.major_label, r.draft_number, r.state, r.next_review_date, u.username AS owner
       FROM revisions r JOIN documents d ON d.id = r.document_id JOIN users u ON u.id = d.owner_id
       WHERE r.state = 'effective' AND r.next_review_date <= @horizon ORDER BY r.next_review_date, d.number LIMIT @limit`,
    )
    .all(params) as (LabelColumns & { number: string; title: string; next_review_date: string; owner: string })[];
  const reviewCounts = db
    .prepare("SELECT count(*) AS due, count(CASE WHEN next_review_date < @today THEN 1 END) AS overdue FROM revisions WHERE state = 'effective' AND next_review_date <= @horizon")
    .get({ horizon: params.horizon, today }) as { due: number; overdue: number };
  const releases = awaitingRelease(db, true);
  const copies = db
    .prepare(
      `SELECT d.number, d.title, r.major_label, r.draft_number, r.state, c.copy_number, c.copyholder, c.location, c.due_for_recall_at
       FROM controlled_copies c JOIN documents d ON d.id = c.document_id JOIN revisions r ON r.id = c.revision_id
       WHERE c.status = 'due_for_recall' ORDER BY c.due_for_recall_at, d.number, c.copy_number LIMIT @limit`,
    )
    .all(params) as (LabelColumns & { number: string; title: string; copy_number: number; copyholder: string; location: string; due_for_recall_at: string | null })[];
  const copyCount = db.prepare("SELECT count(*) FROM controlled_copies WHERE status = 'due_for_recall'").pluck().get() as number;
  const byDocument = db
    .prepare(
      `SELECT d.number, d.title, r.major_label, r.draft_number, r.state, t.assigned, t.acknowledged
       FROM (SELECT a.revision_id, count(*) AS assigned, count(a.signature_id) AS acknowledged FROM training_assignments a
             WHERE a.revision_id IN (SELECT revision_id FROM training_assignments WHERE signature_id IS NULL) GROUP BY a.revision_id) t
       JOIN revisions r ON r.id = t.revision_id JOIN documents d ON d.id = r.document_id
       WHERE r.state = 'effective' AND t.acknowledged < t.assigned ORDER BY t.acknowledged * 1.0 / t.assigned, d.number`,
    )
    .all() as (LabelColumns & { number: string; title: string; assigned: number; acknowledged: number })[];
  const byPerson = db
    .prepare(
      `SELECT u.username, u.full_name, count(*) AS assigned, count(a.signature_id) AS acknowledged
       FROM training_assignments a JOIN revisions r ON r.id = a.revision_id JOIN users u ON u.id = a.user_id
       WHERE r.state = 'effective' AND u.disabled_at IS NULL GROUP BY a.user_id HAVING count(a.signature_id) < count(*)
       ORDER BY count(a.signature_id) * 1.0 / count(*), u.username`,
    )
    .all() as { username: string; full_name: string; assigned: number; acknowledged: number }[];
  const ownerless = db
    .prepare(
      `SELECT d.number, d.title, u.username, u.full_name FROM users u JOIN documents d ON d.owner_id = u.id
       WHERE u.disabled_at IS NOT NULL AND d.status = 'active' ORDER BY d.number`,
    )
    .all() as { number: string; title: string; username: string; full_name: string }[];
  return {
    reviewsDue: reviews.map((r) => ({ document: r.number, title: r.title, revision: labelOf(r), owner: r.owner, nextReviewDate: r.next_review_date, overdue: r.next_review_date < today })),
    pendingReleases: releases.slice(0, homeListLimit).map((r) => ({ document: r.number, title: r.title, revision: r.revision, effectiveDate: r.effectiveDate! })),
    copiesDueForRecall: copies.map((c) => ({ document: c.number, title: c.title, revision: labelOf(c), copyNumber: c.copy_number, copyholder: c.copyholder, location: c.location, dueSince: c.due_for_recall_at })),
    trainingByDocument: byDocument.slice(0, homeListLimit).map((t) => ({ document: t.number, title: t.title, revision: labelOf(t), assigned: t.assigned, acknowledged: t.acknowledged, percentComplete: percent(t.acknowledged, t.assigned) })),
    trainingByPerson: byPerson.slice(0, homeListLimit).map((p) => ({ user: p.username, fullName: p.full_name, assigned: p.assigned, acknowledged: p.acknowledged, percentComplete: percent(p.acknowledged, p.assigned) })),
    documentsWithoutOwner: ownerless.slice(0, homeListLimit).map((d) => ({ document: d.number, title: d.title, owner: { username: d.username, fullName: d.full_name } })),
    totals: {
      reviewsDue: reviewCounts.due,
      reviewsOverdue: reviewCounts.overdue,
      pendingReleases: releases.length,
      copiesDueForRecall: copyCount,
      trainingByDocument: byDocument.length,
      trainingByPerson: byPerson.length,
      documentsWithoutOwner: ownerless.length,
    },
  };
}
