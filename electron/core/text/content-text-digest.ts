import { createHash } from 'node:crypto';

/** A content_texts row as stored: what `diff` compares, or why there is no text. */
export interface StoredContentText {
  status: string;
  pages: string | null;
  failure_reason: string | null;
  /** How each page's text was had (schema 9 on); absent or null for texts that do not record it. */
  page_sources?: string | null;
}

/**
 * SHA-256 over the stored text row (status, pages JSON, failure reason), each field length-prefixed so no
 * two rows hash alike: any edit to what diff compares changes it. Fed piece by piece, never copied whole.
 */
export function contentTextDigest(row: StoredContentText): string {
  const hash = createHash('sha256').update('quire-text/1\n', 'utf8');
  // A text without page sources hashes as it did before schema 9, so older recorded hashes still match.
  const fields = row.page_sources === null || row.page_sources === undefined ? [row.status, row.pages, row.failure_reason] : [row.status, row.pages, row.failure_reason, row.page_sources];
  for (const field of fields) {
    hash.update(field === null ? '-\n' : `${field.length}\n`, 'utf8');
    if (field !== null) hash.update(field, 'utf8');
  }
  return hash.digest('hex');
}
