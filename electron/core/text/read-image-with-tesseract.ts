import { spawn } from 'node:child_process';
import { findExecutable } from '../find-executable';

// Tesseract is optional, like LibreOffice: a vault works without it, and a scanned page then has no text.

const wellKnownTesseractPaths = [
  'C:\\Program Files\\Tesseract-OCR\\tesseract.exe',
  'C:\\Program Files (x86)\\Tesseract-OCR\\tesseract.exe',
  '/opt/homebrew/bin/tesseract',
  '/usr/local/bin/tesseract',
  '/usr/bin/tesseract',
];

/** The tesseract to run: QUIRE_TESSERACT if set (and then only it), else PATH, else where its installers put it. */
export function findTesseract(env: NodeJS.ProcessEnv = process.env): string | null {
  return findExecutable(env, { override: 'QUIRE_TESSERACT', names: { windows: ['tesseract.exe'], other: ['tesseract'] }, wellKnownPaths: wellKnownTesseractPaths });
}

/**
 * The text Tesseract reads in one page image (PNG), or undefined when it fails or runs past `timeoutMs`
 * (it is killed then). Never throws: a page it cannot read is a page without text.
 */
export function readImageWithTesseract(tesseract: string, png: Uint8Array, timeoutMs: number): Promise<string | undefined> {
  return new Promise((resolve) => {
    // One thread: text extraction already runs beside the host, on machines that are often small.
    const child = spawn(tesseract, ['stdin', 'stdout'], { stdio: ['pipe', 'pipe', 'ignore'], env: { ...process.env, OMP_THREAD_LIMIT: '1' } });
    const chunks: Buffer[] = [];
    let settled = false;
    const settle = (text: string | undefined): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(text);
    };
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      settle(undefined);
    }, timeoutMs);
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.on('error', () => settle(undefined));
    child.on('close', (code) => settle(code === 0 ? Buffer.concat(chunks).toString('utf8') : undefined));
    // A closed pipe (Tesseract gone early) is reported by 'close' with its exit code.
    child.stdin.on('error', () => undefined);
    child.stdin.end(png);
  });
}
