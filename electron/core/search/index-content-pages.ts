import type Database from 'better-sqlite3';
import { statement } from '../vault/statements';
import { hasUnspacedScript } from './unspaced-script';

/** Page rows are `content_id * 16384 + page number` (migration 0009): no lookup table from a page to its content. */
const pagesPerContent = 16384;
/** SQLite's trim() takes spaces only: a page that is nothing but spaces has nothing to find (as migration 0009 indexed). */
const hasText = /[^ ]/u;

/**
 * Adds each page of a newly stored text to the search index (migration 0016), inside the transaction that
 * stores the text: the word index always, the trigram index only for a page in a script written without
 * spaces. Text is stored once and never changes, so this runs once per content.
 */
export function indexContentPages(db: Database.Database, contentId: number, pages: readonly string[]): void {
  const insert = statement<[number, string, number]>(db, 'INSERT INTO search_texts (id, body, trigram) VALUES (?, ?, ?)');
  pages.forEach((page, i) => {
    if (hasText.test(page)) insert.run(contentId * pagesPerContent + i + 1, page, hasUnspacedScript(page) ? 1 : 0);
  });
}
