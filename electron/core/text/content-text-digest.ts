import { createHash } from 'node:crypto';

/** A content_texts row as stored: what `diff` compares, or why there is no text. */
export interface StoredContentText {
  status: string;
  pages: string | null;
  failure_reason: string | null;
}

/** SHA-256 over the stored text row (status, pages JSON, failure reason): any edit to what diff compares changes it. */
export function contentTextDigest(row: StoredContentText): string {
  return createHash('sha256').update(JSON.stringify(['quire-text/1', row.status, row.pages, row.failure_reason]), 'utf8').digest('hex');
}
