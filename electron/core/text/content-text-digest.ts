import { createHash, hash } from 'node:crypto';

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
  const fields = [row.status, row.pages, row.failure_reason];
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
