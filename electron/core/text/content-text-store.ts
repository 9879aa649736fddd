import type Database from 'better-sqlite3';
import { statement } from '../vault/statements';
import type { RevisionText, TextExtractionResult } from './revision-text';

/** Records a content's extracted text (or why it could not be had) once; call inside the import transaction. */
export function storeContentText(db: Database.Database, contentId: number, text: TextExtractionResult, now: Date): void {
  statement(db, 'INSERT OR IGNORE INTO content_texts (content_id, status, pages, failure_reason, extracted_at) VALUES (?, ?, ?, ?, ?)').run(
    contentId,
    text.status,
    text.status === 'ok' ? JSON.stringify(text.pages) : null,
    text.status === 'failed' ? text.reason : null,
    now.toISOString(),
  );
}

/** The stored text of a content, or why there is none. */
export function readContentText(db: Database.Database, contentId: number): ({ status: 'ok' } & RevisionText) | { status: 'failed' | 'missing'; reason: string } {
  const row = statement<[number], { status: 'ok' | 'failed'; pages: string | null; failure_reason: string | null }>(db, 'SELECT status, pages, failure_reason FROM content_texts WHERE content_id = ?').get(contentId);
  if (!row) return { status: 'missing', reason: 'no text was extracted from this content' };
  if (row.status === 'failed') return { status: 'failed', reason: row.failure_reason ?? 'text extraction failed' };
  return { status: 'ok', pages: JSON.parse(row.pages!) as string[] };
}
