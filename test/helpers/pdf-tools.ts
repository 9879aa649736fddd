// Runs the third-party PDF tools (qpdf, Poppler, Ghostscript, LibreOffice) that tests use to
// make real input files and to judge output. CI installs them all; a missing tool fails the test.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface QpdfCheck {
  ok: boolean;
  output: string;
}

/** `qpdf --check`: exit 0 is clean, 3 is "warnings"; both are files qpdf accepts. */
export function qpdfCheck(path: string): QpdfCheck {
  const run = spawnSync('qpdf', ['--check', path], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const output = `${run.stdout}${run.stderr}`;
  return { ok: run.status === 0 || run.status === 3, output };
}

/** Strict variant: no warnings either. */
export function qpdfCheckClean(path: string): QpdfCheck {
  const run = spawnSync('qpdf', ['--check', path], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { ok: run.status === 0, output: `${run.stdout}${run.stderr}` };
}

export function qpdf(...args: string[]): void {
  const run = spawnSync('qpdf', args, { encoding: 'utf8' });
  // qpdf exits 3 when it succeeded with warnings.
  if (run.status !== 0 && run.status !== 3) throw new Error(`qpdf ${args.join(' ')} failed: ${run.stderr}`);
}

export function pageCountByQpdf(path: string): number {
  return Number(execFileSync('qpdf', ['--show-npages', path], { encoding: 'utf8' }).trim());
}

/** Text of one page as Poppler reads it, in reading orientation (rotated text does not come out as lines). */
export function pdfTextOfPage(path: string, page: number): string {
  return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', '-f', String(page), '-l', String(page), path, '-'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
}

/** Text of one page in content-stream order (-raw): keeps rotated text such as a diagonal watermark whole. */
export function pdfRawTextOfPage(path: string, page: number): string {
  return execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', '-f', String(page), '-l', String(page), path, '-'], { encoding: 'utf8' });
}

/** Text of every page, split on form feeds (pdftotext ends each page with one). */
export function pdfTextByPage(path: string): string[] {
  const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', path, '-'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const pages = text.split('\f');
  pages.pop();
  return pages;
}

/** Ghostscript: a PostScript program to PDF. */
export function ghostscriptToPdf(postscript: string, outPath: string): void {
  const dir = mkdtempSync(join(tmpdir(), 'quire-gs-'));
  try {
    const psPath = join(dir, 'in.ps');
    writeFileSync(psPath, postscript);
    execFileSync('gs', ['-q', '-dNOPAUSE', '-dBATCH', '-dSAFER', '-sDEVICE=pdfwrite', `-sOutputFile=${outPath}`, psPath]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A PostScript program of `pages` US-letter pages, each saying "Body page N". */
export function postscriptPages(pages: number): string {
  return `%!PS\n/Helvetica findfont 18 scalefont setfont\n1 1 ${pages} { 72 400 moveto (Body page ) show 10 string cvs show showpage } for\n`;
}

/** LibreOffice: converts a file (text, DOCX, ...) to PDF into `outDir`, with a throw-away profile. */
export function libreOfficeToPdf(inputPath: string, outDir: string): void {
  const profile = mkdtempSync(join(tmpdir(), 'quire-lo-profile-'));
  try {
    execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, inputPath], {
      timeout: 120_000,
      stdio: 'pipe',
    });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

/** Renders one page to PNG with Poppler, for looking at it. */
export function renderPagePng(pdfPath: string, page: number, outPrefix: string, dpi = 60): void {
  execFileSync('pdftoppm', ['-png', '-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile', pdfPath, outPrefix]);
}

/** Collapses runs of whitespace so text checks do not depend on layout spacing. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
