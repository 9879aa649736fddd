import type { MatrixRow } from '../../../shared/contract';
import { csvField } from '../reports/master-list-csv';

/** The matrix CSV's columns, in order. */
export const trainingMatrixColumns = ['User', 'Full name', 'Jobs', 'Document', 'Title', 'Revision', 'Status', 'Assigned at', 'Due date', 'Acknowledged at'] as const;

/** A matrix row's cells as text: lists joined with "; ", empty where there is nothing. */
export function trainingMatrixCells(row: MatrixRow): string[] {
  return [row.user, row.fullName, row.jobs.join('; '), row.document, row.title, row.revision ?? '', row.status, row.assignedAt ?? '', row.dueDate ?? '', row.acknowledgedAt ?? ''];
}

/** The matrix rows as CSV text (header first), lines ending in CRLF. */
export function trainingMatrixCsv(rows: readonly MatrixRow[]): string {
  return [trainingMatrixColumns, ...rows.map(trainingMatrixCells)].map((cells) => `${cells.map(csvField).join(',')}\r\n`).join('');
}
