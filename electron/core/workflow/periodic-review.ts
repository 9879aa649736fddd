import type Database from 'better-sqlite3';
import type { MethodResult, ParsedInput } from '../../../shared/contract';
import { QuireError } from '../../../shared/errors';
import { rolesAllow } from '../../../shared/roles';
import { appendAuditEvent } from '../audit/append-audit-event';
import { actorOf, writeTransaction, type CallContext } from '../core-context';
import { insertDraftCopy } from '../documents/insert-draft-copy';
import { labelOf, revisionRows, type RevisionRow } from '../documents/document-queries';
import { nextDraftLabel } from '../documents/next-draft-label';
import { readVaultSettings } from '../vault/vault-settings';
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
 * Records a periodic review, signed (meaning: periodic-review) by the document owner or a controller:
 * "no change needed", or "revise", which in the same transaction starts the next draft from the
 * effective content (the signer its author, the comment its change summary). Either way the next
 * review moves one interval on from today; the new revision sets its own when it becomes effective.
 */
export async function completePeriodicReview(ctx: CallContext, input: ParsedInput<'reviews.complete'>): Promise<MethodResult<'reviews.complete'>> {
  const db = ctx.vault.db;
  const outcome = input.outcome ?? 'no-change';
  const { document, revision } = effectiveRevisionOf(db, input.number);
  if (document.owner_id !== ctx.user.id && !rolesAllow(ctx.user.roles, 'documents.edit')) {
    throw new QuireError('PERMISSION_DENIED', { reason: 'owner-or-controller', act: 'periodic-review', number: document.number, owner: document.owner_username });
  }
  if (outcome === 'revise' && !input.comment) throw new QuireError('COMMENT_REQUIRED', {});
  const refuseRevisionUnderWay = () => {
    const newest = revisionRows(db, document.id).at(-1)!;
    if (newest.id !== revision.id) throw new QuireError('REVISION_IN_WORKFLOW', { number: document.number, label: labelOf(newest), state: newest.state });
  };
  if (outcome === 'revise') refuseRevisionUnderWay();
  const prepared = await prepareSignature(ctx, document, revision, 'periodic-review', input.password, input.comment ?? 'Reviewed: no change needed.');
  return writeTransaction(ctx, () => {
    const nextReviewDate = addMonths(localDate(ctx.now()), document.review_interval_months);
    const signature = insertSignature(db, prepared, null);
    statement(db, 'UPDATE revisions SET next_review_date = ? WHERE id = ?').run(nextReviewDate, revision.id);
    let draft: string | null = null;
    if (outcome === 'revise') {
      refuseRevisionUnderWay();
      const label = nextDraftLabel(revisionRows(db, document.id), readVaultSettings(db).revisionLabelScheme);
      insertDraftCopy(db, actorOf(ctx), revision, { ...label, authorId: ctx.user.id, changeSummary: prepared.comment }, document.number, ctx.now());
      draft = `${label.majorLabel}.${label.draftNumber}`;
    }
    appendAuditEvent(db, actorOf(ctx), { action: 'revision.periodic_review_completed', entityType: 'revision', entityId: revision.id, oldValue: { nextReviewDate: revision.next_review_date }, newValue: { document: document.number, label: labelOf(revision), nextReviewDate, signatureId: signature.id, viewed: prepared.viewed, outcome, draft }, reason: prepared.comment }, ctx.now());
    return { signature, nextReviewDate, outcome, draft };
  });
}
