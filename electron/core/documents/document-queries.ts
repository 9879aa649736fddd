import type Database from 'better-sqlite3';
import type { DocumentRecord, DocumentSummary, Revision, RevisionState } from '../../../shared/contract';
import { QuireError } from '../../../shared/errors';
import { statement } from '../vault/statements';
import { revisionLabel } from './revision-labels';

export interface DocumentRow {
  id: number;
  number: string;
  title: string;
  doc_type: string;
  department: string | null;
  owner_id: number;
  review_interval_months: number;
  retention_years: number;
  external_source: string | null;
  external_reference: string | null;
  status: 'active' | 'obsolete';
  created_at: string;
  owner_username: string;
  owner_full_name: string;
}

export interface RevisionRow {
  id: number;
  document_id: number;
  major_label: string;
  draft_number: number;
  state: RevisionState;
  author_id: number;
  content_id: number;
  sha256: string;
  file_name: string;
  media_type: string;
  size: number;
  change_summary: string | null;
  created_at: string;
  effective_date: string | null;
  approved_at: string | null;
  superseded_at: string | null;
  next_review_date: string | null;
  /** The author's PDF rendition (schema 7); null when none was supplied. */
  rendition_content_id: number | null;
  rendition_sha256: string | null;
  rendition_file_name: string | null;
  rendition_pages: number | null;
  author_username: string;
  author_full_name: string;
}

const documentSelect = `SELECT d.*, u.username AS owner_username, u.full_name AS owner_full_name
  FROM documents d JOIN users u ON u.id = d.owner_id`;
const revisionSelect = `SELECT r.*, u.username AS author_username, u.full_name AS author_full_name
  FROM revisions r JOIN users u ON u.id = r.author_id`;

/** The document with that number (case-insensitive), if there is one. */
export function documentByNumber(db: Database.Database, number: string): DocumentRow | undefined {
  return statement<[string], DocumentRow>(db, `${documentSelect} WHERE d.number = ?`).get(number);
}

/** The document with that number (case-insensitive), or DOCUMENT_NOT_FOUND naming it. */
export function requireDocumentRow(db: Database.Database, number: string): DocumentRow {
  const row = documentByNumber(db, number);
  if (!row) throw new QuireError('DOCUMENT_NOT_FOUND', { number });
  return row;
}

export function revisionRows(db: Database.Database, documentId: number): RevisionRow[] {
  return statement<[number], RevisionRow>(db, `${revisionSelect} WHERE r.document_id = ? ORDER BY r.id`).all(documentId);
}

export function revisionRowById(db: Database.Database, revisionId: number): RevisionRow {
  const row = statement<[number], RevisionRow>(db, `${revisionSelect} WHERE r.id = ?`).get(revisionId);
  if (!row) throw new QuireError('REVISION_NOT_FOUND', { id: revisionId });
  return row;
}

export function labelOf(row: Pick<RevisionRow, 'major_label' | 'draft_number' | 'state'>): string {
  return revisionLabel(row.major_label, row.draft_number, row.state);
}

/** A revision of a document by its label (B, B.2), or REVISION_NOT_FOUND listing the labels there are. */
export function requireRevisionByLabel(db: Database.Database, document: DocumentRow, label: string): RevisionRow {
  const rows = revisionRows(db, document.id);
  const wanted = label.toUpperCase();
  const match = rows.filter((r) => labelOf(r).toUpperCase() === wanted).at(-1);
  if (!match) {
    throw new QuireError('REVISION_NOT_FOUND', { number: document.number, label, labels: rows.map(labelOf) });
  }
  return match;
}

export function toRevision(row: RevisionRow): Revision {
  return {
    id: row.id,
    label: labelOf(row),
    state: row.state,
    author: { username: row.author_username, fullName: row.author_full_name },
    fileName: row.file_name,
    mediaType: row.media_type,
    size: row.size,
    sha256: row.sha256,
    changeSummary: row.change_summary,
    createdAt: row.created_at,
    effectiveDate: row.effective_date,
    rendition: row.rendition_sha256 ? { fileName: row.rendition_file_name ?? '', sha256: row.rendition_sha256, pages: row.rendition_pages ?? 0 } : null,
  };
}

/** The revision the register shows for a document: the effective one, else the newest. */
function currentRevision(revisions: RevisionRow[]): RevisionRow | undefined {
  return revisions.findLast((r) => r.state === 'effective') ?? revisions.at(-1);
}

function toSummary(row: DocumentRow, revisions: RevisionRow[]): DocumentSummary {
  const current = currentRevision(revisions);
  return documentSummaryOf(row, current ? { label: labelOf(current), state: current.state } : null);
}

/** A document row as the contract shows it, with the revision the register shows for it. */
export function documentSummaryOf(row: DocumentRow, currentRevision: DocumentSummary['currentRevision']): DocumentSummary {
  return {
    id: row.id,
    number: row.number,
    title: row.title,
    type: row.doc_type,
    department: row.department,
    owner: { username: row.owner_username, fullName: row.owner_full_name },
    status: row.status,
    reviewIntervalMonths: row.review_interval_months,
    retentionYears: row.retention_years,
    external: row.external_source ? { source: row.external_source, reference: row.external_reference } : null,
    currentRevision,
    createdAt: row.created_at,
  };
}

/** Every revision; the register narrows this for people who see only what is in force (revision-access.ts). */
const allRevisions = () => true;

export function documentDetail(db: Database.Database, row: DocumentRow, visible: (revision: RevisionRow) => boolean = allRevisions): DocumentRecord {
  const revisions = revisionRows(db, row.id).filter(visible);
  return { ...toSummary(row, revisions), revisions: revisions.map(toRevision) };
}

/** The register, ordered by number, optionally filtered by type, status or a search over number and title. */
export function listDocuments(db: Database.Database, filter: { type?: string | undefined; status?: string | undefined; search?: string | undefined }, visible: (revision: RevisionRow) => boolean = allRevisions): DocumentSummary[] {
  const where: string[] = [];
  const params: Record<string, string> = {};
  if (filter.type) {
    where.push('d.doc_type = @type');
    params.type = filter.type.toUpperCase();
  }
  if (filter.status) {
    where.push('d.status = @status');
    params.status = filter.status;
  }
  if (filter.search) {
    where.push("(d.number LIKE @search ESCAPE '\\' OR d.title LIKE @search ESCAPE '\\')");
    params.search = `%${filter.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  }
  const rows = db.prepare(`${documentSelect} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY d.number`).all(params) as DocumentRow[];
  const revisionsByDocument = new Map<number, RevisionRow[]>();
  for (const r of db.prepare(`${revisionSelect} ORDER BY r.id`).all() as RevisionRow[]) {
    if (!visible(r)) continue;
    const list = revisionsByDocument.get(r.document_id) ?? [];
    list.push(r);
    revisionsByDocument.set(r.document_id, list);
  }
  return rows.map((row) => toSummary(row, revisionsByDocument.get(row.id) ?? []));
}
