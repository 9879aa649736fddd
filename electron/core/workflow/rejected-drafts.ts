import type Database from 'better-sqlite3';
import { labelOf } from '../documents/document-queries';

export interface RejectedDraft {
  documentId: number;
  number: string;
  title: string;
  /** The open draft that followed the rejection (A.2, or A.3 once its file was replaced). */
  draft: string;
  /** The revision the route rejected. */
  revision: string;
  reason: string;
  by: { username: string; fullName: string };
  at: string;
}

interface Row {
  document_id: number;
  number: string;
  title: string;
  major_label: string;
  draft_number: number;
  rejected_major: string;
  rejected_draft: number;
  reason: string | null;
  occurred_at: string;
  username: string | null;
  full_name: string | null;
}

/**
 * Drafts waiting for their author after a rejection: the newest revision of an active document is a
 * draft, and the last revision before it that was not merely replaced was rejected. The reason and
 * who rejected come from the rejection's audit event. Filter by author or by document.
 */
export function rejectedDrafts(db: Database.Database, filter: { authorId?: number; documentId?: number }): RejectedDraft[] {
  const rows = db
    .prepare(
      `SELECT r.document_id, d.number, d.title, r.major_label, r.draft_number, x.major_label AS rejected_major, x.draft_number AS rejected_draft,
              e.reason, e.occurred_at, e.username, u.full_name
       FROM revisions r
       JOIN documents d ON d.id = r.document_id
       JOIN revisions x ON x.id = (SELECT max(p.id) FROM revisions p WHERE p.document_id = r.document_id AND p.id < r.id AND p.state <> 'replaced')
       JOIN audit_events e ON e.id = (SELECT max(a.id) FROM audit_events a WHERE a.entity_type = 'revision' AND CAST(a.entity_id AS INTEGER) = x.id AND a.action = 'revision.rejected')
       LEFT JOIN users u ON u.id = e.user_id
       WHERE r.state = 'draft' AND x.state = 'rejected' AND d.status = 'active'
         AND r.id = (SELECT max(n.id) FROM revisions n WHERE n.document_id = r.document_id)
         AND (@authorId IS NULL OR r.author_id = @authorId) AND (@documentId IS NULL OR r.document_id = @documentId)
       ORDER BY e.id`,
    )
    .all({ authorId: filter.authorId ?? null, documentId: filter.documentId ?? null }) as Row[];
  return rows.map((r) => ({
    documentId: r.document_id,
    number: r.number,
    title: r.title,
    draft: labelOf({ major_label: r.major_label, draft_number: r.draft_number, state: 'draft' }),
    revision: labelOf({ major_label: r.rejected_major, draft_number: r.rejected_draft, state: 'rejected' }),
    reason: r.reason ?? '',
    by: { username: r.username ?? 'system', fullName: r.full_name ?? r.username ?? 'system' },
    at: r.occurred_at,
  }));
}
