import { statSync } from 'node:fs';
import { QuireError } from '../../../shared/errors';
import { acceptedFileName } from './file-name';
import { detectMediaType } from './detect-media-type';
import { hashFile } from './hash-file';
import { readFile } from 'node:fs/promises';
import { extractRevisionText } from '../text/extract-revision-text';
import { textExtractionLimits, type TextExtractionResult } from '../text/revision-text';

/** A file checked and hashed before the transaction that stores it. */
export interface PreparedImport {
  path: string;
  fileName: string;
  mediaType: string;
  sha256: string;
  size: number;
  /** The text for comparing revisions; a failure is recorded, never fatal to the import. */
  text: TextExtractionResult;
}

async function extractText(file: string, size: number, mediaType: string): Promise<TextExtractionResult> {
  if (size > textExtractionLimits.maxInputBytes) return { status: 'failed', reason: `the file is larger than the ${textExtractionLimits.maxInputBytes / 1024 ** 2} MiB text extraction reads` };
  try {
    return await extractRevisionText(await readFile(file), mediaType);
  } catch (error) {
    return { status: 'failed', reason: (error as Error).message };
  }
}

function formatBytes(n: number): string {
  return n >= 1024 ** 3 ? `${(n / 1024 ** 3).toFixed(1)} GiB` : n >= 1024 ** 2 ? `${(n / 1024 ** 2).toFixed(1)} MiB` : `${n} bytes`;
}

/**
 * Checks a file before import — it exists, is a regular non-empty file under the vault's size
 * limit, with an acceptable name — and hashes it (streamed). Nothing is written.
 */
export async function prepareImport(file: string, maxContentBytes: number): Promise<PreparedImport> {
  const fileName = acceptedFileName(file);
  let stats;
  try {
    stats = statSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new QuireError('FILE_NOT_FOUND', `The file ${file} could not be found.`);
    throw new QuireError('FILE_UNREADABLE', `The file ${file} could not be read: ${(error as Error).message}`);
  }
  if (!stats.isFile()) throw new QuireError('FILE_UNREADABLE', `${file} is not a regular file.`);
  if (stats.size === 0) throw new QuireError('CONTENT_EMPTY', `The file ${fileName} is empty; a controlled document needs content.`);
  if (stats.size > maxContentBytes) {
    throw new QuireError('CONTENT_TOO_LARGE', `The file ${fileName} is ${formatBytes(stats.size)}; this vault accepts files up to ${formatBytes(maxContentBytes)}.`);
  }
  try {
    const { sha256, size } = await hashFile(file);
    const mediaType = detectMediaType(file);
    return { path: file, fileName, mediaType, sha256, size, text: await extractText(file, size, mediaType) };
  } catch (error) {
    throw new QuireError('FILE_UNREADABLE', `The file ${file} could not be read: ${(error as Error).message}`);
  }
}
