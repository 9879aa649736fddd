// Stamping throughput and memory: stampPdf on a generated 500-page PDF next to
// `qpdf --overlay` of a one-page stamp onto the same file, in the same run.
// Memory is measured in a fresh child process that stamps once, so earlier runs do not blur it.
import { spawnSync, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stampPdf } from '../electron/core/pdf/stamp-pdf';
import { stampSpecFixture } from '../test/helpers/stamp-spec-fixture';

const pages = 500;
const runs = 5;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

const self = fileURLToPath(import.meta.url);
// Run as a child with --memory, this file measures memory in a fresh process (see benchmark below).
if (process.argv[1] === self && process.argv[2] === '--memory') await measureMemory(process.argv[3] ?? '');

/** Stamps a 500-page PDF and times it against qpdf --overlay of a one-page stamp, in one run, with peak memory. */
export async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'quire-bench-pdf-'));
  try {
    const sourcePath = join(dir, 'source.pdf');
    // A text-heavy page (40 lines) so the file has realistic weight per page.
    const lines = Array.from({ length: 40 }, (_, i) => `72 ${740 - i * 16} moveto (Line ${i + 1} of page ) show dup 10 string cvs show ( - the quick brown fox jumps over the lazy dog) show`);
    ghostscript(`%!PS\n/Helvetica findfont 10 scalefont setfont\n1 1 ${pages} {\n${lines.join('\n')}\npop showpage } for\n`, sourcePath, dir);
    const source = new Uint8Array(readFileSync(sourcePath));
    const stampPath = join(dir, 'stamp.pdf');
    ghostscript('%!PS\n/Helvetica findfont 9 scalefont setfont 20 770 moveto (SOP-QA-0007 Rev. C CONTROLLED COPY No. 12) show showpage\n', stampPath, dir);

    const spec = stampSpecFixture();
    const first = performance.now();
    const firstResult = await stampPdf(source, spec);
    const coldMs = performance.now() - first;
    const quireMs: number[] = [];
    for (let i = 0; i < runs; i++) {
      const started = performance.now();
      await stampPdf(source, spec);
      quireMs.push(performance.now() - started);
    }
    const qpdfMs: number[] = [];
    for (let i = 0; i < runs; i++) {
      const started = performance.now();
      const run = spawnSync('qpdf', [sourcePath, '--overlay', stampPath, '--repeat=1', '--', join(dir, 'overlaid.pdf')]);
      qpdfMs.push(performance.now() - started);
      if (run.status !== 0 && run.status !== 3) throw new Error(`qpdf --overlay failed: ${run.stderr}`);
    }
    const memory = spawnSync(process.execPath, [...process.execArgv, self, '--memory', sourcePath], { encoding: 'utf8' });
    if (memory.status !== 0) throw new Error(`memory probe failed: ${memory.stderr}`);
    const { baseline, warmed, peak } = JSON.parse(memory.stdout) as { baseline: number; warmed: number; peak: number };

    const quire = median(quireMs);
    const qpdf = median(qpdfMs);
    const pps = (ms: number) => Math.round((pages / ms) * 1000);
    console.log(`PDF stamping: ${pages} pages, source ${mb(source.length)} (Ghostscript), ${firstResult.pageCount} pages out, written as ${firstResult.written}`);
    console.log(`  stampPdf        ${quire.toFixed(0).padStart(6)} ms  ${String(pps(quire)).padStart(6)} pages/s  (median of ${runs}; first call ${coldMs.toFixed(0)} ms incl. font loading)`);
    console.log(`  qpdf --overlay  ${qpdf.toFixed(0).padStart(6)} ms  ${String(pps(qpdf)).padStart(6)} pages/s  (median of ${runs}, incl. process start)`);
    console.log(`  ratio           ${(quire / qpdf).toFixed(2)}× qpdf's time (aim: ≤ 3×)`);
    console.log(`  memory          Node baseline ${mb(baseline)}; + shipped fonts loaded once per process ${mb(warmed - baseline)}; peak ${mb(peak)}`);
    console.log(`                  peak − warmed baseline = ${mb(peak - warmed)} = ${((peak - warmed) / source.length).toFixed(1)}× the file size (aim: ≤ 4×); peak − Node baseline = ${((peak - baseline) / source.length).toFixed(1)}×`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function measureMemory(sourcePath: string): Promise<void> {
  const source = new Uint8Array(readFileSync(sourcePath));
  const baseline = process.memoryUsage().rss;
  // A one-page print loads and parses the fonts, which then stay cached for the process.
  const { PDFDocument } = await import('../electron/core/pdf/pdf-lib');
  const onePage = await PDFDocument.create();
  onePage.addPage();
  await stampPdf(await onePage.save(), stampSpecFixture());
  globalThis.gc?.();
  const warmed = process.memoryUsage().rss;
  await stampPdf(source, stampSpecFixture());
  const peak = process.resourceUsage().maxRSS * 1024;
  process.stdout.write(JSON.stringify({ baseline, warmed, peak }));
}

function ghostscript(postscript: string, outPath: string, dir: string): void {
  const psPath = join(dir, 'input.ps');
  writeFileSync(psPath, postscript);
  execFileSync('gs', ['-q', '-dNOPAUSE', '-dBATCH', '-sDEVICE=pdfwrite', `-sOutputFile=${outPath}`, psPath]);
}

function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
}
