import type Database from 'better-sqlite3';
import { initialRevisionState } from '../../../shared/lifecycle';
import { appendAuditEvent, type Actor } from '../audit/append-audit-event';
import { storedContentTextSha256 } from '../text/content-text-store';
import { statement } from '../vault/statements';
import { labelOf, type RevisionRow } from './document-queries';

export interface DraftCopy {
  majorLabel: string;
  draftNumber: number;
  authorId: number;
  changeSummary: string | null;
}

/**
 * Adds a draft holding exactly the content of `source` (same stored content, file name and type, and
 * the author's PDF rendition when it has one),
 * with its `revision.drafted` event naming where it came from; call inside the write transaction.
 */
export function insertDraftCopy(db: Database.Database, actor: Actor, source: RevisionRow, draft: DraftCopy, documentNumber: string, now: Date): number {
  const { lastInsertRowid } = statement(
    db,
    `INSERT INTO revisions (document_id, major_label, draft_number, state, author_id, content_id, sha256, file_name, media_type,
                            size, change_summary, created_at, rendition_content_id, rendition_sha256, rendition_file_name, rendition_pages)
     SELECT document_id, ?, ?, ?, ?, content_id, sha256, file_name, media_type, size, ?, ?,
            rendition_content_id, rendition_sha256, rendition_file_name, rendition_pages
     FROM revisions WHERE id = ?`,
  ).run(draft.majorLabel, draft.draftNumber, initialRevisionState, draft.authorId, draft.changeSummary, now.toISOString(), source.id);
  const id = Number(lastInsertRowid);
  appendAuditEvent(db, actor, {
    action: 'revision.drafted',
    entityType: 'revision',
    entityId: id,
    newValue: { document: documentNumber, label: `${draft.majorLabel}.${draft.draftNumber}`, from: labelOf(source), sha256: source.sha256, fileName: source.file_name, textSha256: storedContentTextSha256(db, source.content_id), ...(source.rendition_sha256 ? { renditionSha256: source.rendition_sha256 } : {}) },
  }, now);
  return id;
}
