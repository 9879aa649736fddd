/** One text run of a page as pdf.js gives it: its string, where it sits (PDF units) and how wide it is. */
export interface PageTextRun {
  str: string;
  transform: number[];
  width: number;
  height: number;
  hasEOL: boolean;
}

/** Where a found text sits on its page: runs touched, each with the fraction of its width covered. */
export interface FoundText {
  page: number;
  parts: { run: number; from: number; to: number }[];
}

/** The page's text as one string (a space where a line ends), with where each run starts in it. */
function pageText(runs: PageTextRun[]): { text: string; starts: number[] } {
  let text = '';
  const starts: number[] = [];
  for (const run of runs) {
    starts.push(text.length);
    text += run.str;
    if (run.hasEOL && !text.endsWith(' ')) text += ' ';
  }
  return { text, starts };
}

/**
 * Every occurrence of `query` (case-insensitive) in the pages' text, in reading order,
 * each located on the runs it covers so the viewer can highlight it.
 */
export function findInPages(pages: PageTextRun[][], query: string): FoundText[] {
  const wanted = query.trim().replace(/\s+/g, ' ').toLowerCase();
  if (!wanted) return [];
  const found: FoundText[] = [];
  pages.forEach((runs, index) => {
    const { text, starts } = pageText(runs);
    const haystack = text.toLowerCase();
    for (let at = haystack.indexOf(wanted); at !== -1; at = haystack.indexOf(wanted, at + 1)) {
      const end = at + wanted.length;
      const parts: FoundText['parts'] = [];
      runs.forEach((run, r) => {
        const start = starts[r]!;
        const stop = start + run.str.length;
        if (run.str.length === 0 || stop <= at || start >= end) return;
        parts.push({ run: r, from: (Math.max(at, start) - start) / run.str.length, to: (Math.min(end, stop) - start) / run.str.length });
      });
      found.push({ page: index + 1, parts });
    }
  });
  return found;
}
