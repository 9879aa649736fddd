import type Database from 'better-sqlite3';
import type { MethodResult, ParsedInput } from '../../../shared/contract';
import { QuireError } from '../../../shared/errors';
import { rolesAllow } from '../../../shared/roles';
import { appendAuditEvent } from '../audit/append-audit-event';
import { actorOf, writeTransaction, type CallContext } from '../core-context';
import { labelOf, type RevisionRow } from '../documents/document-queries';
import { statement } from '../vault/statements';
import { addDays, addMonths, localDate } from './calendar-dates';
import { insertSignature, prepareSignature } from './record-signature';
import { effectiveRevisionOf } from './workflow-revision';

/** Effective revisions whose next periodic review falls within the window (30 days by default) or is past. */
export function dueReviews(db: Database.Database, today: string, withinDays = 30): MethodResult<'reviews.due'> {
  const rows = db
    .prepare(
      `SELECT d.number, d.title, r.major_label, r.draft_number, r.state, r.next_review_date, u.username AS owner
       FROM revisions r JOIN documents d ON d.id = r.document_id JOIN users u ON u.id = d.owner_id
       WHERE r.state = 'effective' AND r.next_review_date <= ? ORDER BY r.next_review_date, d.number`,
    )
    .all(addDays(today, withinDays)) as (Pick<RevisionRow, 'major_label' | 'draft_number' | 'state'> & { number: string; title: string; next_review_date: string; owner: string })[];
  return rows.map((r) => ({ document: r.number, title: r.title, revision: labelOf(r), owner: r.owner, nextReviewDate: r.next_review_date, overdue: r.next_review_date < today }));
}

/**
 * Records a periodic review that found no change needed: the document owner or a controller
 * signs it (meaning: periodic-review) and the next review moves one interval on from today.
 */
export async function completePeriodicReview(ctx: CallContext, input: ParsedInput<'reviews.complete'>): Promise<MethodResult<'reviews.complete'>> {
  const db = ctx.vault.db;
  const { document, revision } = effectiveRevisionOf(db, input.number);
  if (document.owner_id !== ctx.user.id && !rolesAllow(ctx.user.roles, 'documents.edit')) {
    throw new QuireError('PERMISSION_DENIED', { reason: 'owner-or-controller', act: 'periodic-review', number: document.number, owner: document.owner_username });
  }
  const prepared = await prepareSignature(ctx, document, revision, 'periodic-review', input.password, input.comment ?? 'Reviewed: no change needed.');
  return writeTransaction(ctx, () => {
    const nextReviewDate = addMonths(localDate(ctx.now()), document.review_interval_months);
    const signature = insertSignature(db, prepared, null);
    statement(db, 'UPDATE revisions SET next_review_date = ? WHERE id = ?').run(nextReviewDate, revision.id);
    appendAuditEvent(db, actorOf(ctx), { action: 'revision.periodic_review_completed', entityType: 'revision', entityId: revision.id, oldValue: { nextReviewDate: revision.next_review_date }, newValue: { document: document.number, label: labelOf(revision), nextReviewDate, signatureId: signature.id, viewed: prepared.viewed }, reason: prepared.comment }, ctx.now());
    return { signature, nextReviewDate };
  });
}
