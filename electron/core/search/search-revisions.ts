import type Database from 'better-sqlite3';
import type { MethodResult, ParsedInput, SearchHit } from '../../../shared/contract';
import { labelOf, type RevisionRow } from '../documents/document-queries';
import { visibleRevisionCondition } from '../documents/revision-access';
import type { SignedInUser } from '../users/user-records';
import { statement } from '../vault/statements';
import { parseSearchQuery, type SearchIndexName } from './search-query';
import { snippetParts, snippetSql } from './search-snippet';

// The index (migration 0009) holds a row per document (rowid -documents.id: number, title, metadata)
// and a row per page of stored text (rowid content_id * 16384 + page). A match counts for the
// revisions of that document, or for the revisions whose content holds that page; the caller's own
// visibility rule (revision-access.ts) and "current revision only" are applied in the same query, before
// the limit, so a reader's results are never thinned out by drafts they may not see.

const pageBits = 14;
const pageMask = (1 << pageBits) - 1;
const defaultLimit = 20;
/** bm25 weights of number, title, metadata and body: a match in the title outranks one in the text. */
const columnWeights = '10.0, 8.0, 2.0, 1.0';

interface RankedRow {
  revision_id: number;
  hit: number;
  pages: string | null;
  number: string;
  title: string;
  doc_type: string;
  major_label: string;
  draft_number: number;
  state: RevisionRow['state'];
  content_id: number;
}

/** The revision the register shows for the document of `r`: its newest effective one, else the newest the caller sees (`v`). */
function currentRevisionCondition(visibleV: string): string {
  return `r.id = coalesce(
    (SELECT max(v.id) FROM revisions v WHERE v.document_id = r.document_id AND v.state = 'effective'),
    (SELECT max(v.id) FROM revisions v WHERE v.document_id = r.document_id AND ${visibleV}))`;
}

function rankedSql(index: SearchIndexName, user: SignedInUser, allRevisions: boolean, byType: boolean): string {
  const visible = visibleRevisionCondition(user, 'r');
  return `WITH hits AS (
      SELECT rowid AS hit, bm25(${index}, ${columnWeights}) AS score FROM ${index} WHERE ${index} MATCH @match
    ), candidates AS (
      SELECT r.id AS revision_id, h.hit, h.score FROM hits h JOIN revisions r ON r.document_id = -h.hit WHERE h.hit < 0
      UNION ALL
      SELECT r.id AS revision_id, h.hit, h.score FROM hits h JOIN revisions r ON r.content_id = h.hit >> ${pageBits} WHERE h.hit > 0
    )
    SELECT c.revision_id, min(c.score) AS score, c.hit,
           group_concat(CASE WHEN c.hit > 0 THEN c.hit & ${pageMask} END, ',' ORDER BY c.hit) AS pages,
           d.number, d.title, d.doc_type, r.major_label, r.draft_number, r.state, r.content_id
      FROM candidates c JOIN revisions r ON r.id = c.revision_id JOIN documents d ON d.id = r.document_id
     WHERE ${visible}${allRevisions ? '' : ` AND ${currentRevisionCondition(visibleRevisionCondition(user, 'v'))}`}${byType ? ' AND d.doc_type = @type' : ''}
     GROUP BY c.revision_id
     ORDER BY score, c.revision_id
     LIMIT @limit`;
}

/** How the text of a content's page was had, from the sources recorded with it (none recorded: its text layer). */
function pageSourceOf(db: Database.Database, contentId: number, page: number): 'text' | 'ocr' {
  const source = statement<[string, number], { source: string | null }>(db, 'SELECT json_extract(page_sources, ?) AS source FROM content_texts WHERE content_id = ?').get(`$[${page - 1}]`, contentId);
  return source?.source === 'ocr' ? 'ocr' : 'text';
}

/**
 * The revisions whose number, title, metadata or text match every term of the query, best first (bm25),
 * each with a snippet of its best match and the pages that match. Only revisions the user may see;
 * only each document's current one unless `allRevisions`. Reads only.
 */
export function searchRevisions(db: Database.Database, user: SignedInUser, input: ParsedInput<'search.query'>): MethodResult<'search.query'> {
  const query = parseSearchQuery(input.query);
  const sql = rankedSql(query.index, user, input.allRevisions ?? false, input.type !== undefined);
  const params: Record<string, unknown> = { match: query.match, limit: input.limit ?? defaultLimit };
  if (sql.includes('@viewerId')) params.viewerId = user.id;
  if (input.type !== undefined) params.type = input.type;
  const rows = db.prepare(sql).all(params) as RankedRow[];
  const snippet = statement<{ match: string; hit: number }, { snippet: string }>(db, snippetSql(query.index));
  const hits: SearchHit[] = rows.map((row) => {
    const page = row.hit > 0 ? row.hit & pageMask : null;
    return {
      number: row.number,
      title: row.title,
      type: row.doc_type,
      revision: { label: labelOf(row), state: row.state },
      page,
      pages: row.pages ? row.pages.split(',').map(Number) : [],
      pageSource: page === null ? null : pageSourceOf(db, row.content_id, page),
      snippet: snippetParts(snippet.get({ match: query.match, hit: row.hit })?.snippet ?? ''),
    };
  });
  return { hits, terms: query.terms };
}
