import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { QuireError } from '../../../../shared/errors';
import type { DetectedWord } from './detect-word';
import { runToolProcess } from './run-tool-process';
import { wordAppleScriptInvocation, wordPidPrefix, wordPowerShellInvocation, wordVersionPrefix } from './word-automation-scripts';

/**
 * Converts the office file at `inputPath` to PDF with Microsoft Word (PowerShell automation on Windows,
 * AppleScript on macOS), writing into `workDir`, under a time limit that also kills the Word process the
 * automation started. Returns the PDF bytes and Word's version as Word reports it.
 */
export async function convertWithWord(word: DetectedWord, inputPath: string, workDir: string, timeoutMs: number): Promise<{ bytes: Uint8Array; version: string }> {
  const outputPath = join(workDir, 'word-output.pdf');
  const invocation = word.platform === 'windows' ? wordPowerShellInvocation(inputPath, outputPath) : wordAppleScriptInvocation(inputPath, outputPath);
  const wordPids: number[] = [];
  let version = word.version;
  await runToolProcess({
    ...invocation,
    timeoutMs,
    toolName: 'Microsoft Word',
    onStdoutLine(line) {
      if (line.startsWith(wordPidPrefix)) wordPids.push(Number(line.slice(wordPidPrefix.length)));
      if (line.startsWith(wordVersionPrefix)) version = line.slice(wordVersionPrefix.length).trim();
    },
    extraPids: () => wordPids.filter((pid) => Number.isInteger(pid) && pid > 0),
  });
  try {
    return { bytes: new Uint8Array(readFileSync(outputPath)), version };
  } catch {
    throw new QuireError('RENDITION_FAILED', { tool: 'Microsoft Word' }, { reason: 'Word wrote no PDF' });
  }
}
