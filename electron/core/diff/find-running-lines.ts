/** Lines counted from each end of a page in which running headers and footers are looked for. */
const zoneLines = 3;

/**
 * The running headers and footers of a revision — "SOP-QA-0007 Rev C", "Page 3 of 12",
 * "CONFIDENTIAL" — as 0-based line indexes per page, so a comparison can leave them out: otherwise a
 * new revision label or one page more shows as a change on every page. A line is running when, with
 * its digits ignored (page numbers differ), it stands among the first or last three lines of at least
 * 60% of the pages (two at least), and nowhere else: body text that merely looks alike (numbered steps,
 * table rows) also appears mid-page, and is kept.
 */
export function findRunningLines(pages: readonly string[]): Set<number>[] {
  const running = pages.map(() => new Set<number>());
  if (pages.length < 2) return running;
  const inZone = new Map<string, Set<number>>();
  const elsewhere = new Set<string>();
  const split = pages.map((page) => page.split('\n'));
  split.forEach((lines, pageIndex) => {
    const filled = lines.flatMap((line, index) => (line.trim() === '' ? [] : [index]));
    const zone = new Set([...filled.slice(0, zoneLines), ...filled.slice(-zoneLines)]);
    for (const index of filled) {
      const key = shapeOf(lines[index]!);
      if (!zone.has(index)) elsewhere.add(key);
      else if (!inZone.get(key)?.add(pageIndex)) inZone.set(key, new Set([pageIndex]));
    }
  });
  const needed = Math.max(2, Math.ceil(pages.length * 0.6));
  const runningShapes = new Set([...inZone].filter(([key, onPages]) => onPages.size >= needed && !elsewhere.has(key)).map(([key]) => key));
  split.forEach((lines, pageIndex) => {
    lines.forEach((line, index) => {
      if (line.trim() !== '' && runningShapes.has(shapeOf(line))) running[pageIndex]!.add(index);
    });
  });
  return running;
}

function shapeOf(line: string): string {
  return line.replace(/\d+/gu, '#').replace(/\s+/gu, ' ').trim();
}
