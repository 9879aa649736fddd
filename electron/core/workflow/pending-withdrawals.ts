import type Database from 'better-sqlite3';
import type { RevisionState } from '../../../shared/contract';
import { labelOf } from '../documents/document-queries';

export interface PendingWithdrawal {
  documentId: number;
  number: string;
  title: string;
  /** The revision the withdrawal signature will be bound to: the effective one, else the newest. */
  revision: string;
  sha256: string;
  reason: string;
  by: { username: string; fullName: string };
  requestedById: number;
  at: string;
}

interface Row {
  document_id: number;
  number: string;
  title: string;
  reason: string;
  requested_by: number;
  requested_at: string;
  username: string;
  full_name: string;
  major_label: string;
  draft_number: number;
  state: RevisionState;
  sha256: string;
}

/** Withdrawals waiting for an approver (of one document, or all), with what they withdraw, why and who asked. */
export function pendingWithdrawals(db: Database.Database, documentId: number | null = null): PendingWithdrawal[] {
  const rows = db
    .prepare(
      `SELECT w.document_id, d.number, d.title, w.reason, w.requested_by, w.requested_at, u.username, u.full_name, r.major_label, r.draft_number, r.state, r.sha256
       FROM withdrawal_requests w JOIN documents d ON d.id = w.document_id JOIN users u ON u.id = w.requested_by
       JOIN revisions r ON r.id = coalesce(
         (SELECT max(e.id) FROM revisions e WHERE e.document_id = w.document_id AND e.state = 'effective'),
         (SELECT max(n.id) FROM revisions n WHERE n.document_id = w.document_id))
       WHERE w.state = 'pending' AND (@documentId IS NULL OR w.document_id = @documentId) ORDER BY w.id`,
    )
    .all({ documentId }) as Row[];
  return rows.map((w) => ({
    documentId: w.document_id,
    number: w.number,
    title: w.title,
    revision: labelOf(w),
    sha256: w.sha256,
    reason: w.reason,
    by: { username: w.username, fullName: w.full_name },
    requestedById: w.requested_by,
    at: w.requested_at,
  }));
}
