import { describe, expect, it } from 'vitest';
import { cellText, cellWidth, formatTable } from '../../electron/cli/format-table';
import { printStreamedTable } from '../../electron/cli/stream-output';

// `quire doc list` at 100,000 documents read the register twice (once to size the columns): the
// streamed table now takes its widths measured beforehand and reads its rows once, printing exactly
// what formatTable prints for the same rows.
describe('a streamed table, printed in one pass', () => {
  const header = ['number', 'title', 'rev'];
  const rows = [
    ['SOP-QA-0001', 'Line clearance', 'A'],
    ['WI-QA-0002', '清洁灌装线 😀', 'B.12'],
    ['F-1', null, undefined],
  ];
  const widths = header.map((_, i) => Math.max(...rows.map((r) => cellWidth(cellText(r[i])))));

  it('prints what formatTable prints, reading the rows once', () => {
    let reads = 0;
    function* once() {
      reads++;
      yield* rows;
    }
    const lines: string[] = [];
    const printed = printStreamedTable((line) => lines.push(line), header, widths, once(), 'Nothing.');
    expect(printed).toBe(3);
    expect(reads).toBe(1);
    expect(lines.join('\n')).toBe(formatTable(header, rows));
  });

  it('pads to the header where the cells are narrower, and prints the empty message alone', () => {
    const lines: string[] = [];
    printStreamedTable((line) => lines.push(line), header, [1, 1, 1], [['a', 'b', 'c']], 'Nothing.');
    expect(lines.join('\n')).toBe(formatTable(header, [['a', 'b', 'c']]));
    const none: string[] = [];
    expect(printStreamedTable((line) => none.push(line), header, [0, 0, 0], [], 'Nothing.')).toBe(0);
    expect(none).toEqual(['Nothing.']);
  });
});
