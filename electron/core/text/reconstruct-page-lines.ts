// pdf.js hands out text as positioned runs, not lines. Readers (and the diff) think in lines, so
// runs are joined back into lines: a run whose baseline moves starts a new line, and a visible
// horizontal gap between runs becomes a space.

/** The part of pdf.js's TextItem that line reconstruction needs. */
export interface PositionedTextRun {
  str: string;
  /** PDF text matrix [a, b, c, d, e, f]: e, f is the run's origin in page space. */
  transform: number[];
  width: number;
  height: number;
  hasEOL: boolean;
}

/** Runs whose baselines differ by less than this fraction of the font height share a line. */
const sameLineTolerance = 0.5;
/** A horizontal gap wider than this fraction of the font height is a word space. */
const wordGapRatio = 0.2;

/** Joins a page's runs (in content-stream order) into its lines of text, top to bottom as drawn; never returns trailing blank lines. */
export function reconstructPageLines(runs: readonly PositionedTextRun[]): string[] {
  const lines: string[] = [];
  let current = '';
  let lineY: number | undefined;
  let lastEndX: number | undefined;
  let lastHeight = 0;

  const endLine = (): void => {
    lines.push(current.replace(/\s+$/u, ''));
    current = '';
    lineY = undefined;
    lastEndX = undefined;
  };

  for (const run of runs) {
    const x = run.transform[4] ?? 0;
    const y = run.transform[5] ?? 0;
    const height = Math.abs(run.height) || Math.abs(run.transform[3] ?? 0) || lastHeight || 1;
    if (run.str.length > 0) {
      if (lineY !== undefined && Math.abs(y - lineY) > sameLineTolerance * Math.max(height, lastHeight)) endLine();
      if (lineY === undefined) {
        lineY = y;
      } else if (lastEndX !== undefined && x - lastEndX > wordGapRatio * height && !/\s$/u.test(current) && !/^\s/u.test(run.str)) {
        current += ' ';
      }
      current += run.str;
      lastEndX = x + run.width;
      lastHeight = height;
    }
    if (run.hasEOL && lineY !== undefined) endLine();
  }
  if (lineY !== undefined) endLine();
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}
