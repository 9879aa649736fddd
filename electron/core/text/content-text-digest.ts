import { createHash, hash } from 'node:crypto';

/** A content_texts row as stored: what `diff` compares, or why there is no text. */
export interface StoredContentText {
  status: string;
  pages: string | null;
  failure_reason: string | null;
  /** How each page's text was had (schema 9 on); absent or null for texts that do not record it. */
  page_sources?: string | null;
}

/**
 * SHA-256 over the stored text row (status, pages JSON, failure reason, page sources), each field
 * length-prefixed so no two rows hash alike: any edit to what diff compares changes it.
 */
export function contentTextDigest(row: StoredContentText): string {
  // A text without page sources hashes as it did before schema 9, so older recorded hashes still match.
  const fields = row.page_sources === null || row.page_sources === undefined ? [row.status, row.pages, row.failure_reason] : [row.status, row.pages, row.failure_reason, row.page_sources];
  // The usual text (under a megabyte) is hashed in one call: verify hashes one per content, and a hash
  // object each costs more than the hashing. The bytes are the same either way (each field sits between
  // ASCII length prefixes, so joining the strings cannot pair surrogates differently).
  if ((row.pages?.length ?? 0) < oneShotChars) {
    return hash('sha256', `quire-text/1\n${fields.map((field) => (field === null ? '-\n' : `${field.length}\n${field}`)).join('')}`, 'hex');
  }
  const digest = createHash('sha256').update('quire-text/1\n', 'utf8');
  for (const field of fields) {
    digest.update(field === null ? '-\n' : `${field.length}\n`, 'utf8');
    if (field !== null) digest.update(field, 'utf8');
  }
  return digest.digest('hex');
}

const oneShotChars = 1 << 20;
