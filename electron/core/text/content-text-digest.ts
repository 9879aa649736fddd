import { createHash } from 'node:crypto';

/** A content_texts row as stored: what `diff` compares, or why there is no text. */
export interface StoredContentText {
  status: string;
  pages: string | null;
  failure_reason: string | null;
}

/**
 * SHA-256 over the stored text row (status, pages JSON, failure reason), each field length-prefixed so no
 * two rows hash alike: any edit to what diff compares changes it. Fed piece by piece, never copied whole.
 */
export function contentTextDigest(row: StoredContentText): string {
  const hash = createHash('sha256').update('quire-text/1\n', 'utf8');
  for (const field of [row.status, row.pages, row.failure_reason]) {
    hash.update(field === null ? '-\n' : `${field.length}\n`, 'utf8');
    if (field !== null) hash.update(field, 'utf8');
  }
  return hash.digest('hex');
}
