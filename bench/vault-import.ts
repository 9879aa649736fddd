// `quire import` of a shared drive, end to end (the CLI process included): 500 small Ghostscript PDFs and
// 500 × 64 KiB text files, against `cp -r` + `sha256sum` of the same files in the same run; and peak
// memory at 500 and at 1,000 files, which must not grow with the number of files.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
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

/** A folder of `files` mixed files: half PDFs, half text, in two subfolders. */
function sharedDrive(root: string, files: number): string {
  const folder = path.join(root, `drive-${files}`);
  mkdirSync(path.join(folder, 'PDF'), { recursive: true });
  mkdirSync(path.join(folder, 'Text'), { recursive: true });
  writePdfs(path.join(folder, 'PDF'), files / 2, 1);
  writeTexts(path.join(folder, 'Text'), files / 2, 1);
  return folder;
}

/**
 * Runs `quire import` under /usr/bin/time: wall seconds, CPU seconds (user + system, every thread) and peak
 * resident memory (MiB). On a shared machine the wall clock mostly measures the neighbours: the CPU time
 * beside the reference's CPU time is the figure that compares across runs.
 */
async function importWithCli(files: number, dir: string): Promise<{ seconds: number; peakMiB: number; documents: number }> {
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
    const [peakKiB, user, system] = run.stderr.trim().split('\n').at(-1)!.split(' ').map(Number) as [number, number, number];
    const cpu = user + system;
    const copyAndHash = 'cp -r "$1" "$2" && find "$2" -type f -exec sha256sum {} + > /dev/null';
    const reference = shellSeconds(copyAndHash, [folder, path.join(dir, `copied-${files}`)]);
    const referenceCpu = shellCpuSeconds(copyAndHash, [folder, path.join(dir, `copied-again-${files}`)]);
    console.log(`quire import, ${files} mixed files (${files / 2} Ghostscript PDFs, ${files / 2} × 64 KiB text), CLI end to end: ${fmt(seconds)} (CPU ${fmt(cpu)}), peak ${(peakKiB / 1024).toFixed(0)} MiB`);
    console.log(`cp -r + sha256sum of the same files: ${fmt(reference)} (CPU ${fmt(referenceCpu)}); ratio ${(seconds / reference).toFixed(1)}× wall, ${(cpu / referenceCpu).toFixed(1)}× CPU`);
    return { seconds, peakMiB: peakKiB / 1024, documents: report.documents.length };
  } finally {
    vault.cleanup();
  }
}

export async function run(): Promise<void> {
  const folder = tempFolder('quire-bench-import-');
  try {
    const half = await importWithCli(500, folder.dir);
    const full = await importWithCli(1000, folder.dir);
    console.log(`peak memory: ${half.peakMiB.toFixed(0)} MiB at 500 files, ${full.peakMiB.toFixed(0)} MiB at 1,000 files (${(full.peakMiB / half.peakMiB).toFixed(2)}×)`);
  } finally {
    folder.cleanup();
  }
}
