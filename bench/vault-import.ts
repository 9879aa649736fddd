// `quire import` of a shared drive, end to end (the CLI process included): 500 small Ghostscript PDFs and
// 500 × 64 KiB text files, against `cp -r` + `sha256sum` of the same files in the same run; the start-up
// every import pays (one file: the CLI, the vault, the signer's password, the workers loading pdf.js), and
// what is left beyond it; and peak memory at 1,000, 4,000 and 8,000 files, which must not grow with the
// number of files (V8 sizes its heaps up over the first two thousand or so, then holds).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { extractRevisionText } from '../electron/core/text/extract-revision-text';
import { procedureSentence } from '../test/helpers/procedure-text';
import { ghostscriptToPdf } from '../test/helpers/pdf-tools';
import { createTestVault, tempFolder, userPassword } from '../test/helpers/temp-vault';
import { fmt, shellCpuSeconds, shellSeconds } from './measure';

const textBytes = 64 * 1024;
const repoRoot = path.resolve(import.meta.dirname, '..');

/** `count` one-page PDFs, each with its own text: one Ghostscript run, then split by qpdf. */
function writePdfs(folder: string, count: number, offset: number): void {
  const pages = Array.from({ length: count }, (_, i) => `72 770 moveto (Work instruction ${offset + i}) show\n72 750 moveto (${procedureSentence(offset + i)}) show\nshowpage`).join('\n');
  const whole = path.join(folder, 'all.pdf');
  ghostscriptToPdf(`%!PS-Adobe-3.0\n<< /PageSize [595 842] >> setpagedevice\n/Helvetica findfont 11 scalefont setfont\n${pages}\n`, whole);
  const split = spawnSync('qpdf', ['--split-pages', whole, path.join(folder, 'page-%d.pdf')], { encoding: 'utf8' });
  if (split.status !== 0) throw new Error(split.stderr);
  spawnSync('rm', [whole]);
  for (const name of readdirSync(folder).filter((n) => n.startsWith('page-'))) renameSync(path.join(folder, name), path.join(folder, `WI-PRD-${String(offset + Number(/\d+/u.exec(name)![0])).padStart(4, '0')} Rev A Instruction.pdf`));
}

function writeTexts(folder: string, count: number, offset: number): void {
  for (let i = 0; i < count; i++) {
    let text = '';
    for (let n = (offset + i) * 7; text.length < textBytes; n++) text += `${procedureSentence(n)}\n`;
    writeFileSync(path.join(folder, `Instruction ${offset + i}.txt`), text.slice(0, textBytes));
  }
}

/** A folder of `files` mixed files: half PDFs, half text, in two subfolders (one file: a PDF). */
function sharedDrive(root: string, files: number): string {
  const folder = path.join(root, `drive-${files}`);
  mkdirSync(path.join(folder, 'PDF'), { recursive: true });
  mkdirSync(path.join(folder, 'Text'), { recursive: true });
  writePdfs(path.join(folder, 'PDF'), Math.ceil(files / 2), 1);
  writeTexts(path.join(folder, 'Text'), Math.floor(files / 2), 1);
  return folder;
}

interface ImportRun {
  files: number;
  folder: string;
  seconds: number;
  cpu: number;
  peakMiB: number;
  reference: number;
  referenceCpu: number;
}

/**
 * Runs `quire import` under /usr/bin/time: wall seconds, CPU seconds (user + system, every thread) and peak
 * resident memory (MiB). On a shared machine the wall clock mostly measures the neighbours: the CPU time
 * beside the reference's CPU time is the figure that compares across runs.
 */
async function importWithCli(files: number, dir: string): Promise<ImportRun> {
  const vault = await createTestVault();
  try {
    await vault.addSignedInUser('bench', 'Bench Controller', ['controller']);
    vault.core.close();
    const folder = sharedDrive(dir, files);
    const start = process.hrtime.bigint();
    const run = spawnSync('/usr/bin/time', ['-f', '%M %U %S', process.execPath, path.join(repoRoot, 'bin', 'quire.mjs'), 'import', vault.vaultPath, folder, '--type', 'WI', '--dept', 'PRD', '--as', 'bench', '--json'], {
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', QUIRE_PASSWORD: userPassword, QUIRE_USER_DATA: path.join(dir, 'user-data') },
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    if (run.status !== 0) throw new Error(`quire import failed: ${run.stderr}`);
    const report = JSON.parse(run.stdout) as { documents: unknown[]; unreadable: unknown[] };
    if (report.unreadable.length > 0) throw new Error(`files were not imported: ${JSON.stringify(report.unreadable.slice(0, 3))}`);
    if (report.documents.length !== files) throw new Error(`${report.documents.length} documents imported of ${files} files`);
    const [peakKiB, user, system] = run.stderr.trim().split('\n').at(-1)!.split(' ').map(Number) as [number, number, number];
    const copyAndHash = 'cp -r "$1" "$2" && find "$2" -type f -exec sha256sum {} + > /dev/null';
    const reference = shellSeconds(copyAndHash, [folder, path.join(dir, `copied-${files}`)]);
    const referenceCpu = shellCpuSeconds(copyAndHash, [folder, path.join(dir, `copied-again-${files}`)]);
    return { files, folder, seconds, cpu: user + system, peakMiB: peakKiB / 1024, reference, referenceCpu };
  } finally {
    vault.cleanup();
  }
}

function describeRun(run: ImportRun): void {
  const kinds = run.files === 1 ? '1 Ghostscript PDF' : `${run.files} mixed files (${run.files / 2} Ghostscript PDFs, ${run.files / 2} × 64 KiB text)`;
  console.log(`quire import, ${kinds}, CLI end to end: ${fmt(run.seconds)} (CPU ${fmt(run.cpu)}), peak ${run.peakMiB.toFixed(0)} MiB`);
  // Copying one small file takes no measurable CPU: no ratio to print.
  if (run.files > 1) console.log(`cp -r + sha256sum of the same files: ${fmt(run.reference)} (CPU ${fmt(run.referenceCpu)}); ratio ${(run.seconds / run.reference).toFixed(1)}× wall, ${(run.cpu / run.referenceCpu).toFixed(1)}× CPU`);
}

/**
 * A floor no import can go below: the CPU seconds of reading the text of the same files (pdf.js for the
 * PDFs, as an import does) and hashing them, in this process on one thread, pdf.js loaded beforehand.
 */
async function textAndHashCpu(folder: string): Promise<number> {
  const files = ['PDF', 'Text'].flatMap((sub) => readdirSync(path.join(folder, sub)).map((name) => path.join(folder, sub, name)));
  const read = async (file: string) => {
    const bytes = readFileSync(file);
    createHash('sha256').update(bytes).digest('hex');
    const text = await extractRevisionText(bytes, file.endsWith('.pdf') ? 'application/pdf' : 'text/plain');
    if (text.status !== 'ok') throw new Error(`no text from ${file}: ${text.reason}`);
  };
  await read(files[0]!);
  const before = process.cpuUsage();
  for (const file of files) await read(file);
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1e6;
}

export async function run(): Promise<void> {
  const folder = tempFolder('quire-bench-import-');
  try {
    const startUp = await importWithCli(1, folder.dir);
    describeRun(startUp);
    const thousand = await importWithCli(1000, folder.dir);
    describeRun(thousand);
    const beyond = thousand.seconds - startUp.seconds;
    const beyondCpu = thousand.cpu - startUp.cpu;
    console.log(
      `beyond the start-up (1,000 files less 1): ${fmt(beyond)} (CPU ${fmt(beyondCpu)}); ratio ${(beyond / thousand.reference).toFixed(1)}× wall, ${(beyondCpu / thousand.referenceCpu).toFixed(1)}× CPU against cp -r + sha256sum`,
    );
    const floor = await textAndHashCpu(thousand.folder);
    console.log(`of which no import can do without: reading the text of the same 1,000 files (pdf.js) and hashing them, one thread: CPU ${fmt(floor)} (${(floor / thousand.referenceCpu).toFixed(1)}× cp -r + sha256sum)`);
    const fourThousand = await importWithCli(4000, folder.dir);
    describeRun(fourThousand);
    const eightThousand = await importWithCli(8000, folder.dir);
    describeRun(eightThousand);
    console.log(
      `peak memory: ${thousand.peakMiB.toFixed(0)} MiB at 1,000 files, ${fourThousand.peakMiB.toFixed(0)} MiB at 4,000, ${eightThousand.peakMiB.toFixed(0)} MiB at 8,000 (${(eightThousand.peakMiB / fourThousand.peakMiB).toFixed(2)}× from 4,000 to 8,000)`,
    );
  } finally {
    folder.cleanup();
  }
}
