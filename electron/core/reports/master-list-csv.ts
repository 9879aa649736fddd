import type { MasterListRow } from '../../../shared/contract';

/** The master list's columns, in order, as its CSV header and PDF table head name them. */
export const masterListColumns = ['Number', 'Title', 'Type', 'Department', 'Revision', 'State', 'Status', 'Effective date', 'Next review', 'Owner', 'Reviewers', 'Approvers', 'Controlled copies', 'Last change'] as const;

/** A row's cells as text, lists joined with "; ", empty where there is nothing. */
export function masterListCells(row: MasterListRow): string[] {
  return [
    row.number,
    row.title,
    row.type,
    row.department ?? '',
    row.revision ?? '',
    row.state ?? '',
    row.status,
    row.effectiveDate ?? '',
    row.nextReviewDate ?? '',
    row.owner,
    row.reviewers.join('; '),
    row.approvers.join('; '),
    row.copyholders.join('; '),
    row.changeSummary ?? '',
  ];
}

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, quote or line break; and a leading = + - @
 * is prefixed with an apostrophe, so a spreadsheet shows a title instead of running it as a formula.
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The master list as CSV lines (header first), each ending in CRLF, produced as the rows come. */
export function* masterListCsvLines(rows: Iterable<MasterListRow>): Generator<string> {
  yield `${masterListColumns.map(csvField).join(',')}\r\n`;
  for (const row of rows) yield `${masterListCells(row).map(csvField).join(',')}\r\n`;
}
