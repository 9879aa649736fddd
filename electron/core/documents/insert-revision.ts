import type Database from 'better-sqlite3';
import { initialRevisionState } from '../../../shared/lifecycle';
import { appendAuditEvent, type Actor } from '../audit/append-audit-event';
import { storeImportedContent } from '../content/content-store';
import type { PreparedImport } from '../content/prepare-import';
import { statement } from '../vault/statements';
import { storeContentText, storedContentTextSha256 } from '../text/content-text-store';
import { extractedTextSummary } from '../text/revision-text';

export interface NewRevision {
  documentId: number;
  documentNumber: string;
  majorLabel: string;
  draftNumber: number;
  authorId: number;
  changeSummary: string | null;
}

/** Stores the content and adds a draft revision with its audit event; call inside the write transaction. */
export function insertDraftRevision(db: Database.Database, actor: Actor, revision: NewRevision, content: PreparedImport, now: Date): number {
  const stored = storeImportedContent(db, content, now);
  storeContentText(db, stored.contentId, content.text, now, content.serializedText);
  const { lastInsertRowid } = statement(
    db,
    `INSERT INTO revisions (document_id, major_label, draft_number, state, author_id, content_id, sha256, file_name,
                            media_type, size, change_summary, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    revision.documentId,
    revision.majorLabel,
    revision.draftNumber,
    initialRevisionState,
    revision.authorId,
    stored.contentId,
    stored.sha256,
    content.fileName,
    content.mediaType,
    stored.size,
    revision.changeSummary,
    now.toISOString(),
  );
  const revisionId = Number(lastInsertRowid);
  appendAuditEvent(db, actor, {
    action: 'revision.drafted',
    entityType: 'revision',
    entityId: revisionId,
    newValue: {
      document: revision.documentNumber,
      label: `${revision.majorLabel}.${revision.draftNumber}`,
      fileName: content.fileName,
      mediaType: content.mediaType,
      size: stored.size,
      sha256: stored.sha256,
      changeSummary: revision.changeSummary,
      textSha256: storedContentTextSha256(db, stored.contentId),
      text: extractedTextSummary(content.text),
      ...(content.pdf ? { pdf: content.pdf } : {}),
    },
  }, now);
  return revisionId;
}
