import { cellText, cellWidth, tableLine } from './format-table';

type Cell = string | number | null | undefined;

/**
 * Prints a table exactly as formatTable would, without holding its rows and in one pass over them:
 * `widths` are the widest cell of each column, measured beforehand (e.g. by one aggregate query), never
 * by reading the rows twice. `empty` alone when there are none. Returns how many rows it printed.
 */
export function printStreamedTable(out: (line: string) => void, header: string[], widths: number[], rows: Iterable<Cell[]>, empty: string): number {
  const padded = header.map((h, i) => Math.max(cellWidth(h), widths[i] ?? 0));
  let count = 0;
  for (const row of rows) {
    if (count === 0) {
      out(tableLine(header, padded));
      out(tableLine(padded.map((w) => '-'.repeat(w)), padded));
    }
    out(tableLine(row.map(cellText), padded));
    count++;
  }
  if (count === 0) out(empty);
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
