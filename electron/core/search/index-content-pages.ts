import type Database from 'better-sqlite3';
import { statement } from '../vault/statements';
import { hasUnspacedScript } from './unspaced-script';

/** Page rows are `content_id * 16384 + page number` (migration 0009): no lookup table from a page to its content. */
const pagesPerContent = 16384;
/** SQLite's trim() takes spaces only: a page that is nothing but spaces has nothing to find (as migration 0009 indexed). */
const hasText = /[^ ]/u;

/**
 * Adds each page of a newly stored text to the search index, inside the transaction that stores the text:
 * the page's row, then its words, and its trigrams only for a page in a script written without spaces
 * (migration 0016). The indexes read the text back from content_texts (migration 0017): it is stored once.
 * Text never changes, so this runs once per content.
 */
export function indexContentPages(db: Database.Database, contentId: number, pages: readonly string[]): void {
  const row = statement<[number, number]>(db, 'INSERT INTO search_texts (id, trigram) VALUES (?, ?)');
  const words = statement<[number, string]>(db, 'INSERT INTO search_index (rowid, body) VALUES (?, ?)');
  const trigrams = statement<[number, string]>(db, 'INSERT INTO search_index_trigram (rowid, body) VALUES (?, ?)');
  pages.forEach((page, i) => {
    if (!hasText.test(page)) return;
    const id = contentId * pagesPerContent + i + 1;
    const unspaced = hasUnspacedScript(page);
    row.run(id, unspaced ? 1 : 0);
    words.run(id, page);
    if (unspaced) trigrams.run(id, page);
  });
}
