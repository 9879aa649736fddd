import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { QuireError } from '../../../../shared/errors';
import type { RenditionToolId } from '../../../../shared/rendition-tools';
import { convertOfficeToPdf, findSoffice } from '../convert-office-to-pdf';
import { convertWithWord } from './convert-with-word';
import { detectWord, systemWordProbe, type WordProbe } from './detect-word';

/** Where tools are looked for: the process's environment (PATH, QUIRE_SOFFICE) and how Word is detected. */
export interface RenditionEnvironment {
  env: NodeJS.ProcessEnv;
  wordProbe: WordProbe;
}

export const systemRenditionEnvironment = (): RenditionEnvironment => ({ env: process.env, wordProbe: systemWordProbe });

/** A tool found on this desktop, ready to convert. */
export interface AvailableRenditionTool {
  id: RenditionToolId;
  /** What a user calls it, with what is known of its version: "Microsoft Word 16 (Windows)". */
  description: string;
  convert(inputPath: string, timeoutMs: number): Promise<{ bytes: Uint8Array; tool: string; stderr: string }>;
}

const sofficeVersions = new Map<string, string>();

// `soffice --version` starts the suite once (about a second); asked once per program per process.
function sofficeVersion(soffice: string): string {
  if (!sofficeVersions.has(soffice)) {
    const run = spawnSync(soffice, ['--version'], { encoding: 'utf8', timeout: 30_000, windowsHide: true });
    sofficeVersions.set(soffice, /LibreOffice\s+([\d.]+)/u.exec(run.stdout ?? '')?.[1] ?? 'unknown version');
  }
  return sofficeVersions.get(soffice)!;
}

type ToolFinder = (environment: RenditionEnvironment) => AvailableRenditionTool | null;

const findWord: ToolFinder = (environment) => {
  const word = detectWord(environment.wordProbe);
  if (!word) return null;
  const platform = word.platform === 'windows' ? 'Windows' : 'macOS';
  return {
    id: 'word',
    description: `Microsoft Word ${word.version} (${platform})`,
    async convert(inputPath, timeoutMs) {
      const work = mkdtempSync(join(tmpdir(), 'quire-word-'));
      try {
        // A plain copied name: Word never sees the author's file name, and the path is ours.
        const input = join(work, `input${extname(inputPath).toLowerCase()}`);
        copyFileSync(inputPath, input);
        const made = await convertWithWord(word, input, work, timeoutMs);
        const { openPdf } = await import('../open-pdf');
        await openPdf(made.bytes).catch((error: unknown) => {
          throw new QuireError('RENDITION_FAILED', { tool: 'Microsoft Word' }, { reason: error instanceof Error ? error.message : String(error) });
        });
        return { bytes: made.bytes, tool: `Microsoft Word ${made.version} (${platform})`, stderr: '' };
      } finally {
        rmSync(work, { recursive: true, force: true });
      }
    },
  };
};

const findLibreOffice: ToolFinder = (environment) => {
  const soffice = findSoffice(environment.env);
  if (!soffice) return null;
  return {
    id: 'libreoffice',
    description: `LibreOffice (${soffice})`,
    async convert(inputPath, timeoutMs) {
      let stderr = '';
      const bytes = await convertOfficeToPdf(inputPath, { timeoutMs, env: environment.env, onStderr: (text) => (stderr = text) });
      return { bytes, tool: `LibreOffice ${sofficeVersion(soffice)} (${soffice})`, stderr };
    },
  };
};

const finders: Record<RenditionToolId, ToolFinder> = { word: findWord, libreoffice: findLibreOffice };

/** The first tool of the vault's order that this desktop has, or null when it has none of them. */
export function availableRenditionTool(order: readonly RenditionToolId[], environment: RenditionEnvironment): AvailableRenditionTool | null {
  for (const id of order) {
    const tool = finders[id](environment);
    if (tool) return tool;
  }
  return null;
}
