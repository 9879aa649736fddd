import type Database from 'better-sqlite3';
import { indexContentPages } from '../search/index-content-pages';
import { statement } from '../vault/statements';
import { contentTextDigest, type StoredContentText } from './content-text-digest';
import type { RevisionText, TextExtractionResult } from './revision-text';

/** A content_texts row as written, with its digest. */
export interface SerializedContentText extends StoredContentText {
  text_sha256: string;
}

/** The row a text is stored as: a bulk import serializes (and hashes) it on its worker thread, ahead of the write. */
export function serializeContentText(text: TextExtractionResult): SerializedContentText {
  const row = {
    status: text.status,
    pages: text.status === 'ok' ? JSON.stringify(text.pages) : null,
    failure_reason: text.status === 'failed' ? text.reason : null,
    page_sources: text.status === 'ok' && text.pageSources ? JSON.stringify(text.pageSources) : null,
  };
  return { ...row, text_sha256: contentTextDigest(row) };
}

/** Records a content's extracted text (or why it could not be had) once; call inside the import transaction. */
export function storeContentText(db: Database.Database, contentId: number, text: TextExtractionResult, now: Date, row: SerializedContentText = serializeContentText(text)): void {
  const { changes } = statement(db, 'INSERT OR IGNORE INTO content_texts (content_id, status, pages, failure_reason, page_sources, extracted_at, text_sha256) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
    contentId,
    row.status,
    row.pages,
    row.failure_reason,
    row.page_sources,
    now.toISOString(),
    row.text_sha256,
  );
  // The search index follows in this same transaction (migration 0016).
  if (changes > 0 && text.status === 'ok') indexContentPages(db, contentId, text.pages);
}

/** The recorded hash of a content's stored text (null when none, or stored before schema 6), for the importing event. */
export function storedContentTextSha256(db: Database.Database, contentId: number): string | null {
  return statement<[number], { text_sha256: string | null }>(db, 'SELECT text_sha256 FROM content_texts WHERE content_id = ?').get(contentId)?.text_sha256 ?? null;
}

/** The stored text of a content, or why there is none. */
export function readContentText(db: Database.Database, contentId: number): ({ status: 'ok' } & RevisionText) | { status: 'failed' | 'missing'; reason: string } {
  const row = statement<[number], { status: 'ok' | 'failed'; pages: string | null; failure_reason: string | null }>(db, 'SELECT status, pages, failure_reason FROM content_texts WHERE content_id = ?').get(contentId);
  if (!row) return { status: 'missing', reason: 'no text was extracted from this content' };
  if (row.status === 'failed') return { status: 'failed', reason: row.failure_reason ?? 'text extraction failed' };
  return { status: 'ok', pages: JSON.parse(row.pages!) as string[] };
}
