import type Database from 'better-sqlite3';
import type { ControlledCopy, CopyStatus, RevisionState } from '../../../shared/contract';
import { QuireError } from '../../../shared/errors';
import { labelOf, type DocumentRow } from '../documents/document-queries';

export interface ControlledCopyRow {
  id: number;
  document_id: number;
  revision_id: number;
  copy_number: number;
  copyholder: string;
  location: string;
  issued_at: string;
  status: CopyStatus;
  due_for_recall_at: string | null;
  recalled_at: string | null;
  number: string;
  title: string;
  major_label: string;
  draft_number: number;
  state: RevisionState;
  issued_by_username: string;
  recalled_by_username: string | null;
  print_count: number;
  last_printed_at: string | null;
}

const copySelect = `SELECT c.*, d.number, d.title, r.major_label, r.draft_number, r.state,
    ib.username AS issued_by_username, rb.username AS recalled_by_username,
    (SELECT count(*) FROM prints p WHERE p.copy_id = c.id) AS print_count,
    (SELECT max(p.printed_at) FROM prints p WHERE p.copy_id = c.id) AS last_printed_at
  FROM controlled_copies c
  JOIN documents d ON d.id = c.document_id
  JOIN revisions r ON r.id = c.revision_id
  JOIN users ib ON ib.id = c.issued_by
  LEFT JOIN users rb ON rb.id = c.recalled_by`;

export function toControlledCopy(row: ControlledCopyRow): ControlledCopy {
  return {
    document: row.number,
    title: row.title,
    copyNumber: row.copy_number,
    revision: labelOf(row),
    revisionState: row.state,
    copyholder: row.copyholder,
    location: row.location,
    issuedBy: row.issued_by_username,
    issuedAt: row.issued_at,
    status: row.status,
    dueForRecallAt: row.due_for_recall_at,
    recalledAt: row.recalled_at,
    recalledBy: row.recalled_by_username,
    prints: row.print_count,
    lastPrintedAt: row.last_printed_at,
  };
}

/** Copy rows of the register, ordered by document and copy number, filtered by document, revision or status. */
export function controlledCopyRows(db: Database.Database, filter: { documentId?: number; revisionId?: number; status?: CopyStatus } = {}): ControlledCopyRow[] {
  const where: string[] = [];
  if (filter.documentId !== undefined) where.push('c.document_id = @documentId');
  if (filter.revisionId !== undefined) where.push('c.revision_id = @revisionId');
  if (filter.status !== undefined) where.push('c.status = @status');
  return db.prepare(`${copySelect} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY d.number, c.copy_number`).all(filter) as ControlledCopyRow[];
}

/** One copy of a document by its number, or COPY_NOT_FOUND naming the numbers there are. */
export function requireControlledCopy(db: Database.Database, document: DocumentRow, copyNumber: number): ControlledCopyRow {
  const rows = controlledCopyRows(db, { documentId: document.id });
  const row = rows.find((r) => r.copy_number === copyNumber);
  if (!row) {
    throw new QuireError('COPY_NOT_FOUND', { number: document.number, copyNumber, copies: rows.map((r) => r.copy_number) });
  }
  return row;
}

/** The next copy number of a document: one past the highest ever issued, so numbers are never reused. */
export function nextCopyNumber(db: Database.Database, documentId: number): number {
  const row = db.prepare('SELECT coalesce(max(copy_number), 0) + 1 AS next FROM controlled_copies WHERE document_id = ?').get(documentId) as { next: number };
  return row.next;
}
