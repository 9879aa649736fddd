import { cellText, cellWidth, tableLine } from './format-table';

type Cell = string | number | null | undefined;

/**
 * Prints a table exactly as formatTable would, without holding its rows: a first pass over `rows()`
 * measures the columns, a second prints (`empty` alone when there are none). Returns how many rows it printed.
 */
export function printStreamedTable(out: (line: string) => void, header: string[], rows: () => Iterable<Cell[]>, empty: string): number {
  const widths = header.map(cellWidth);
  let measured = 0;
  for (const row of rows()) {
    row.forEach((cell, i) => (widths[i] = Math.max(widths[i]!, cellWidth(cellText(cell)))));
    measured++;
  }
  if (measured === 0) {
    out(empty);
    return 0;
  }
  out(tableLine(header, widths));
  out(tableLine(widths.map((w) => '-'.repeat(w)), widths));
  let count = 0;
  for (const row of rows()) {
    out(tableLine(row.map(cellText), widths));
    count++;
  }
  return count;
}

/** Prints values as one JSON array, byte for byte what JSON.stringify(array, null, 2) gives, one element at a time. */
export function printStreamedJsonArray(out: (line: string) => void, values: Iterable<unknown>): void {
  let pending: string | undefined;
  for (const value of values) {
    out(pending === undefined ? '[' : `${pending},`);
    pending = JSON.stringify(value, null, 2).replace(/^/gm, '  ');
  }
  out(pending === undefined ? '[]' : `${pending}\n]`);
}
