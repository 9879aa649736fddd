import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { QuireError } from '../../../shared/errors';
import { findExecutable } from '../find-executable';
import { runToolProcess } from './renditions/run-tool-process';

export interface ConvertOfficeOptions {
  /** Stop LibreOffice after this long (default two minutes). */
  timeoutMs?: number;
  /** Where to look for QUIRE_SOFFICE and PATH (default: this process's environment). */
  env?: NodeJS.ProcessEnv;
  /** Receives what LibreOffice wrote on stderr (it names fonts it could not find there, in some versions). */
  onStderr?: (stderr: string) => void;
}

const wellKnownSofficePaths = [
  '/Applications/LibreOffice.app/Contents/MacOS/soffice',
  'C:\\Program Files\\LibreOffice\\program\\soffice.exe',
  'C:\\Program Files (x86)\\LibreOffice\\program\\soffice.exe',
];

/**
 * Converts an office document (DOCX, ODT, RTF, XLSX, PPTX, ...) to PDF with LibreOffice, headless,
 * in a throw-away folder with its own profile (so a running LibreOffice never interferes),
 * under a timeout. Returns PDF bytes that openPdf accepts, or throws RENDITION_TOOL_MISSING,
 * RENDITION_TIMEOUT or RENDITION_FAILED. The input file is only read.
 */
export async function convertOfficeToPdf(inputPath: string, options: ConvertOfficeOptions = {}): Promise<Uint8Array> {
  const soffice = findSoffice(options.env ?? process.env);
  if (!soffice) throw new QuireError('RENDITION_TOOL_MISSING', { tools: ['libreoffice'] });
  const work = mkdtempSync(join(tmpdir(), 'quire-rendition-'));
  try {
    // A plain copied name keeps LibreOffice away from odd characters and tells us the output name.
    const input = join(work, `input${extname(inputPath).toLowerCase()}`);
    copyFileSync(inputPath, input);
    const outDir = join(work, 'out');
    const profile = pathToFileURL(join(work, 'profile')).href;
    const { stderr } = await runToolProcess({
      command: soffice,
      args: [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--nolockcheck', '--convert-to', 'pdf', '--outdir', outDir, input],
      timeoutMs: options.timeoutMs ?? 120_000,
      toolName: 'LibreOffice',
    });
    options.onStderr?.(stderr);
    const outPath = join(outDir, `${basename(input, extname(input))}.pdf`);
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(readFileSync(outPath));
    } catch {
      throw new QuireError('RENDITION_FAILED', { tool: 'LibreOffice' }, { reason: 'LibreOffice wrote no PDF' });
    }
    // The PDF engine is loaded here, not with this module: finding soffice must stay light.
    const { openPdf } = await import('./open-pdf');
    await openPdf(bytes).catch((error: unknown) => {
      throw new QuireError('RENDITION_FAILED', { tool: 'LibreOffice' }, { reason: error instanceof Error ? error.message : String(error) });
    });
    return bytes;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** The soffice to run: QUIRE_SOFFICE if set (and then only it), else PATH, else the usual install places. */
export function findSoffice(env: NodeJS.ProcessEnv): string | null {
  return findExecutable(env, { override: 'QUIRE_SOFFICE', names: { windows: ['soffice.exe', 'soffice.com'], other: ['soffice', 'libreoffice'] }, wellKnownPaths: wellKnownSofficePaths });
}
