import type Database from 'better-sqlite3';
import type { DocumentDetail, DocumentRecord } from '../../../shared/contract';
import { statement } from '../vault/statements';
import { pendingWithdrawals } from './pending-withdrawals';
import { rejectedDrafts } from './rejected-drafts';

type WorkflowNotes = Pick<DocumentDetail, 'pendingWithdrawal' | 'rejection' | 'nextReviewDate'>;

/** What the document page says beside the revisions: a withdrawal pending, the rejection its draft answers, the next periodic review. */
export function documentWorkflowNotes(db: Database.Database, record: DocumentRecord): WorkflowNotes {
  const withdrawal = pendingWithdrawals(db, record.id)[0];
  const rejection = rejectedDrafts(db, { documentId: record.id })[0];
  const nextReview = statement<[number], { next_review_date: string | null }>(db, "SELECT next_review_date FROM revisions WHERE document_id = ? AND state = 'effective' ORDER BY id DESC LIMIT 1").get(record.id);
  return {
    pendingWithdrawal: withdrawal ? { reason: withdrawal.reason, by: withdrawal.by, at: withdrawal.at } : null,
    rejection: rejection ? { revision: rejection.revision, draft: rejection.draft, reason: rejection.reason, by: rejection.by, at: rejection.at } : null,
    nextReviewDate: nextReview?.next_review_date ?? null,
  };
}
