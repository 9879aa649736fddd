import { cellText, cellWidth, tableLine } from './format-table';

type Cell = string | number | null | undefined;

/**
 * Lines gathered into blocks of about 64 KiB before they are written: one write per line was a tenth of
 * `quire doc list`'s time at 100,000 documents. `out` still receives whole lines (joined by newlines).
 */
export function batchedLines(out: (line: string) => void, size = 65_536): { line: (text: string) => void; flush: () => void } {
  let pending: string[] = [];
  let length = 0;
  const flush = () => {
    if (pending.length) out(pending.join('\n'));
    pending = [];
    length = 0;
  };
  return {
    line: (text) => {
      pending.push(text);
      length += text.length + 1;
      if (length >= size) flush();
    },
    flush,
  };
}

/**
 * Prints a table exactly as formatTable would, without holding its rows and in one pass over them:
 * `widths` are the widest cell of each column, measured beforehand (e.g. by one aggregate query), never
 * by reading the rows twice. `empty` alone when there are none. Returns how many rows it printed.
 */
export function printStreamedTable(print: (line: string) => void, header: string[], widths: number[], rows: Iterable<Cell[]>, empty: string): number {
  const { line: out, flush } = batchedLines(print);
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
  flush();
  return count;
}

/** Prints values as one JSON array, byte for byte what JSON.stringify(array, null, 2) gives, one element at a time. */
export function printStreamedJsonArray(print: (line: string) => void, values: Iterable<unknown>): void {
  const { line: out, flush } = batchedLines(print);
  let pending: string | undefined;
  for (const value of values) {
    out(pending === undefined ? '[' : `${pending},`);
    pending = JSON.stringify(value, null, 2).replace(/^/gm, '  ');
  }
  out(pending === undefined ? '[]' : `${pending}\n]`);
  flush();
}
