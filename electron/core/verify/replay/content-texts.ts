import type Database from 'better-sqlite3';
import { contentTextDigest, type StoredContentText } from '../../text/content-text-digest';
import type { StateProblems } from './state-problems';

/**
 * Re-hashes every stored text against the hash recorded with it (schema 6 on; the drafting event carries
 * the same hash, which the revision replay checks). Texts stored before schema 6 have no hash to check.
 * Returns how many texts were checked and how many had no hash.
 */
export function checkContentTexts(db: Database.Database, problems: StateProblems): { checked: number; unhashed: number } {
  let checked = 0;
  let unhashed = 0;
  const rows = db.prepare('SELECT content_id, status, pages, failure_reason, page_sources, text_sha256 FROM content_texts ORDER BY content_id').iterate() as IterableIterator<StoredContentText & { content_id: number; text_sha256: string | null }>;
  for (const row of rows) {
    if (row.text_sha256 === null) {
      unhashed += 1;
      continue;
    }
    checked += 1;
    if (contentTextDigest(row) !== row.text_sha256) {
      problems.add(`extracted text of content ${row.content_id}`, `The extracted text of content ${row.content_id} no longer matches its recorded hash: the text that comparisons use was edited.`);
    }
  }
  return { checked, unhashed };
}
