import type Database from 'better-sqlite3';
import type { RegisterEntry, RegisterFilter, RegisterSortColumn, RevisionState } from '../../../shared/contract';
import { revisionStateFacts } from '../../../shared/lifecycle';
import { statement } from '../vault/statements';
import { documentSummaryOf, type DocumentRow } from './document-queries';
import { revisionLabel } from './revision-labels';

// The register as SQL: documents joined to their current revision through register_entries (kept by
// triggers, migration 0011), so every sort and filter is an index walk or one sort of small rows, and a
// window never loads the documents it does not show.

/** A documents row with its owner and its current revision's register columns. */
export interface RegisterRow extends DocumentRow {
  revision_id: number;
  state: RevisionState;
  major_label: string;
  draft_number: number;
  effective_date: string | null;
  next_review_date: string | null;
}

export interface RegisterSql {
  /** FROM … WHERE …, with named parameters in `params`. */
  fromWhere: string;
  /** The cheapest count of the same rows: only the tables the filters touch (every document has its register entry). */
  countSql: string;
  /**
   * One window (@limit, @offset): the rows skipped are walked by id over only the tables the filters and
   * the sort touch (often just an index), and only the window's own rows are joined and read.
   */
  windowSql: string;
  orderBy: string;
  params: Record<string, string>;
}

const from = `FROM documents d JOIN register_entries e ON e.document_id = d.id JOIN users u ON u.id = d.owner_id`;
export const registerSelect = `SELECT d.*, u.username AS owner_username, u.full_name AS owner_full_name, e.revision_id, e.state, e.major_label, e.draft_number, e.effective_date, e.next_review_date`;

// Every order ends on the number, so a window's rows never swap places between two fetches.
const sortKeys: Record<RegisterSortColumn, string[]> = {
  number: ['d.number'],
  title: ['d.title', 'd.number'],
  type: ['d.doc_type', 'd.number'],
  department: ['d.department', 'd.number'],
  // Ties of names by user (users_by_full_name, migration 0015), so the order is an index walk.
  owner: ['u.full_name', 'u.id', 'd.number'],
  revision: ['length(e.major_label)', 'e.major_label', 'e.draft_number', 'd.number'],
  state: ['e.state', 'd.number'],
  status: ['d.status', 'd.number'],
  effectiveDate: ['e.effective_date', 'd.number'],
  nextReviewDate: ['e.next_review_date', 'd.number'],
};

/**
 * The SQL for a filtered, sorted register. `seesEveryRevision` is false for people who read only what
 * is in force (revision-access.ts): they get only documents with an effective revision, shown by it.
 */
export function registerSql(filter: RegisterFilter, seesEveryRevision: boolean): RegisterSql {
  const where: string[] = [];
  const params: Record<string, string> = {};
  const add = (clause: string, name: string, value: string | undefined) => {
    if (value === undefined || value === '') return;
    where.push(clause);
    params[name] = value;
  };
  // Readers: in a window the unary + keeps SQLite walking the sort's index (nine in ten documents pass);
  // the count uses the state index, which covers it.
  if (!seesEveryRevision) where.push("+e.state = 'effective'");
  add('d.doc_type = @type', 'type', filter.type?.toUpperCase());
  add('d.department = @department', 'department', filter.department?.toUpperCase());
  add('d.owner_id = (SELECT id FROM users WHERE username = @owner)', 'owner', filter.owner);
  add('e.state = @state', 'state', filter.state);
  add('d.status = @status', 'status', filter.status);
  add('e.effective_date >= @effectiveFrom', 'effectiveFrom', filter.effectiveFrom);
  add('e.effective_date <= @effectiveTo', 'effectiveTo', filter.effectiveTo);
  add('e.next_review_date >= @nextReviewFrom', 'nextReviewFrom', filter.nextReviewFrom);
  add('e.next_review_date <= @nextReviewTo', 'nextReviewTo', filter.nextReviewTo);
  const search = filter.search?.trim();
  if (search) {
    // Three characters or more: the trigram index of migration 0009 names the few documents whose number
    // or title holds the text (case folded), instead of a LIKE over every row; the LIKE below still
    // decides, so the answer is exactly what it was.
    if ([...search].length >= 3) {
      where.push('d.id IN (SELECT -rowid FROM search_index_trigram WHERE search_index_trigram MATCH @searchMatch AND rowid < 0)');
      params.searchMatch = `{number title} : "${search.replaceAll('"', '""')}"`;
    }
    where.push("(d.number LIKE @search ESCAPE '\\' OR d.title LIKE @search ESCAPE '\\')");
    params.search = `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  }
  const direction = filter.direction === 'desc' ? 'DESC' : 'ASC';
  const whereSql = where.length ? ` WHERE ${where.join(' AND ')}` : '';
  const touches = (alias: string) => where.some((clause) => new RegExp(`\\b${alias}\\.`).test(clause));
  const countFrom = touches('e') ? (touches('d') ? 'documents d JOIN register_entries e ON e.document_id = d.id' : 'register_entries e') : 'documents d';
  const sort = filter.sort ?? 'number';
  const orderBy = `ORDER BY ${sortKeys[sort].map((key) => `${key} ${direction}`).join(', ')}`;
  const sortedByEntry = sort === 'revision' || sort === 'state' || sort === 'effectiveDate' || sort === 'nextReviewDate';
  const entries = touches('e') || sortedByEntry ? ' JOIN register_entries e ON e.document_id = d.id' : '';
  // By owner: users first (CROSS JOIN keeps SQLite to that order), in name order, each one's documents by
  // number, so no sort of every document; left to itself SQLite starts from a reader's state index instead.
  // By a date: the entries' date index first, sorting only within a date by number, and stopping at the
  // window; unless a look-up by owner or text names few documents, which are then better read first.
  const byEntryIndex = (sort === 'effectiveDate' || sort === 'nextReviewDate') && !filter.owner && !search;
  const idFrom =
    sort === 'owner'
      ? `users u CROSS JOIN documents d ON u.id = d.owner_id${entries}`
      : byEntryIndex
        ? 'register_entries e CROSS JOIN documents d ON d.id = e.document_id'
        : `documents d${entries}`;
  return {
    fromWhere: `${from}${whereSql}`,
    windowSql: `${registerSelect} ${from} WHERE d.id IN (SELECT d.id FROM ${idFrom}${whereSql} ${orderBy} LIMIT @limit OFFSET @offset) ${orderBy}`,
    countSql: `SELECT count(*) FROM ${countFrom}${whereSql.replace("+e.state", 'e.state')}`,
    orderBy,
    params,
  };
}

export function toRegisterEntry(row: RegisterRow): RegisterEntry {
  return {
    ...documentSummaryOf(row, { label: revisionLabel(row.major_label, row.draft_number, row.state), state: row.state }),
    effectiveDate: row.effective_date,
    nextReviewDate: row.next_review_date,
  };
}

/** One window of the register and how many documents match in all; reads only the rows it returns. */
export function registerWindow(db: Database.Database, filter: RegisterFilter & { offset?: number; limit?: number }, seesEveryRevision: boolean): { documents: RegisterEntry[]; total: number; offset: number; limit: number } {
  const sql = registerSql(filter, seesEveryRevision);
  const offset = filter.offset ?? 0;
  const limit = filter.limit ?? 100;
  const rows = statement<[Record<string, unknown>], RegisterRow>(db, sql.windowSql).all({ ...sql.params, limit, offset });
  const total = statement<[Record<string, unknown>], number>(db, sql.countSql).pluck().get(sql.params)!;
  return { documents: rows.map(toRegisterEntry), total, offset, limit };
}

/** The whole filtered register, one row at a time (`.iterate()`): memory stays flat however many documents there are. */
export function* iterateRegisterRows(db: Database.Database, filter: RegisterFilter, seesEveryRevision: boolean): Generator<RegisterRow> {
  const sql = registerSql(filter, seesEveryRevision);
  yield* db.prepare<[Record<string, unknown>], RegisterRow>(`${registerSelect} ${sql.fromWhere} ${sql.orderBy}`).iterate(sql.params);
}

/** How many documents a register holds and the widest text of each column `quire doc list` prints, in code points. */
export interface RegisterColumnWidths {
  documents: number;
  number: number;
  title: number;
  type: number;
  department: number;
  owner: number;
  revision: number;
  state: number;
  status: number;
}

// Released states print their label alone (A); the others with their draft number (A.2), as revisionLabel does.
const releasedStates = (Object.keys(revisionStateFacts) as RevisionState[]).filter((state) => revisionStateFacts[state].releasedLabel);

/**
 * The widths of the register's printed columns, by one aggregate over the filtered rows (SQLite's
 * length() counts code points, as the printed table pads): the CLI sizes its columns without reading
 * the register twice.
 */
export function registerColumnWidths(db: Database.Database, filter: RegisterFilter, seesEveryRevision: boolean): RegisterColumnWidths {
  const sql = registerSql(filter, seesEveryRevision);
  const released = releasedStates.map((state) => `'${state}'`).join(', ');
  const row = db
    .prepare<[Record<string, unknown>], Record<keyof RegisterColumnWidths, number | null>>(
      `SELECT count(*) AS documents, max(length(d.number)) AS number, max(length(d.title)) AS title, max(length(d.doc_type)) AS type,
              max(length(ifnull(d.department, ''))) AS department, max(length(u.username)) AS owner,
              max(length(e.major_label) + CASE WHEN e.state IN (${released}) THEN 0 ELSE 1 + length(e.draft_number) END) AS revision,
              max(length(e.state)) AS state, max(length(d.status)) AS status ${sql.fromWhere}`,
    )
    .get(sql.params)!;
  return Object.fromEntries(Object.entries(row).map(([column, width]) => [column, width ?? 0])) as unknown as RegisterColumnWidths;
}
