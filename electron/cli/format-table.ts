/** A table cell as printed: empty for null or undefined. */
export const cellText = (c: string | number | null | undefined): string => (c === null || c === undefined ? '' : String(c));

/** Code points, as the table pads them. */
export const cellWidth = (text: string): number => [...text].length;

/** One line of a table: cells padded to their column's width, two spaces apart, no trailing blanks. */
export function tableLine(cells: string[], widths: number[]): string {
  return cells.map((c, i) => c + ' '.repeat(Math.max(0, widths[i]! - cellWidth(c)))).join('  ').trimEnd();
}

/** A plain-text table with a header row, columns padded to their widest cell (by code points). */
export function formatTable(header: string[], rows: (string | number | null | undefined)[][]): string {
  const cells = [header, ...rows.map((r) => r.map(cellText))];
  const widths = header.map((_, i) => Math.max(...cells.map((r) => cellWidth(r[i] ?? ''))));
  return [tableLine(cells[0]!, widths), tableLine(widths.map((w) => '-'.repeat(w)), widths), ...cells.slice(1).map((r) => tableLine(r, widths))].join('\n');
}
