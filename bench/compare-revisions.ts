// Times the comparison of two 500-page revisions that differ in 20 places, next to GNU diff on the
// same extracted text, in the same run. Aim (issue 5): within 10× of GNU diff.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { compareInWorker } from '../electron/core/diff/compare-in-worker';
import { compareRevisionTexts } from '../electron/core/diff/compare-revision-texts';
import type { ComparisonOptions } from '../shared/text-comparison';
import { procedureSentence } from '../test/helpers/procedure-text';

const pageCount = 500;
const linesPerPage = 40;
const lineWidth = 90;

/** A realistic page: procedure sentences wrapped at ~90 characters, 40 lines. */
function makePages(): string[][] {
  const words = Array.from({ length: pageCount * linesPerPage * 2 }, (_, n) => procedureSentence(n)).join(' ').split(' ');
  const pages: string[][] = [];
  let line = '';
  let page: string[] = [];
  for (const word of words) {
    if (line.length + word.length + 1 > lineWidth) {
      page.push(line);
      line = '';
      if (page.length === linesPerPage) {
        pages.push(page);
        page = [];
        if (pages.length === pageCount) break;
      }
    }
    line = line === '' ? word : `${line} ${word}`;
  }
  return pages;
}

/** 20 edits spread over the document: 14 reworded lines, 3 added lines, 3 removed lines. */
function edit(pages: string[][]): string[][] {
  const copy = pages.map((p) => [...p]);
  for (let k = 0; k < 20; k++) {
    const page = copy[(k * 97 + 13) % pageCount] ?? [];
    const line = (k * 7 + 3) % linesPerPage;
    if (k % 7 === 5) page.splice(line, 0, 'An inserted requirement: records shall be legible, dated and attributable.');
    else if (k % 7 === 6) page.splice(line, 1);
    else page[line] = (page[line] ?? '').replace(/^(\S+ \S+ \S+) \S+/u, '$1 revised');
  }
  return copy;
}

function median(runs: number, work: () => void): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  return times.sort((x, y) => x - y)[Math.floor(runs / 2)] ?? Number.NaN;
}

/** Times the comparison of two 500-page revisions against GNU diff on the same text, in one run. */
export async function run(): Promise<void> {
  const oldPages = makePages();
  const newPages = edit(oldPages);
  const a = { pages: oldPages.map((p) => p.join('\n')) };
  const b = { pages: newPages.map((p) => p.join('\n')) };
  const folder = mkdtempSync(join(tmpdir(), 'quire-bench-'));
  writeFileSync(join(folder, 'old.txt'), `${a.pages.join('\n')}\n`);
  writeFileSync(join(folder, 'new.txt'), `${b.pages.join('\n')}\n`);

  const runs = 7;
  const gnu = median(runs, () => {
    const result = spawnSync('diff', [join(folder, 'old.txt'), join(folder, 'new.txt')], { encoding: 'utf8' });
    if (result.status !== 1) throw new Error(`GNU diff failed: ${result.stderr}`);
  });
  const modes: [string, ComparisonOptions][] = [
    ['lines, whitespace ignored', { ignoreWhitespace: true, ignoreLineWrap: false }],
    ['sentences (line wrap ignored)', { ignoreWhitespace: true, ignoreLineWrap: true }],
  ];
  const chars = a.pages.reduce((n, p) => n + p.length, 0);
  console.log(`Two revisions of ${pageCount} pages × ${linesPerPage} lines (${(chars / 1e6).toFixed(1)} MB of text each), differing in 20 places.`);
  console.log(`${'GNU diff (process start included)'.padEnd(52)} ${gnu.toFixed(1).padStart(8)} ms`);
  for (const [label, options] of modes) {
    let changes = 0;
    const time = median(runs, () => {
      changes = compareRevisionTexts(a, b, options).summary.changes;
    });
    console.log(`${`compareRevisionTexts, ${label}`.padEnd(52)} ${time.toFixed(1).padStart(8)} ms   ${(time / gnu).toFixed(1)}× GNU diff   (${changes} changes found)`);
  }
  const workerTimes: number[] = [];
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    await compareInWorker(a, b, { ignoreWhitespace: true, ignoreLineWrap: false });
    workerTimes.push(performance.now() - start);
  }
  const worker = workerTimes.sort((x, y) => x - y)[1] ?? Number.NaN;
  console.log(`${'compareInWorker, lines (worker start included)'.padEnd(52)} ${worker.toFixed(1).padStart(8)} ms   ${(worker / gnu).toFixed(1)}× GNU diff`);
}
