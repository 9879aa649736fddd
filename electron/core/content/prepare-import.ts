import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import { isQuireError, QuireError } from '../../../shared/errors';
import { inspectPdf } from '../pdf/inspect-pdf';
import { maxPdfBytes, type PdfInfo } from '../pdf/open-pdf';
import { acceptedFileName } from './file-name';
import { detectMediaType } from './detect-media-type';
import { hashFile } from './hash-file';
import { readFile } from 'node:fs/promises';
import { extractTextInWorker } from '../text/extract-text-in-worker';
import { textExtractionLimits, textMediaTypes, type TextExtractionResult } from '../text/revision-text';

/** A file checked and hashed before the transaction that stores it. */
export interface PreparedImport {
  path: string;
  fileName: string;
  mediaType: string;
  sha256: string;
  size: number;
  /** The text for comparing revisions; a failure is recorded, never fatal to the import. */
  text: TextExtractionResult;
  /** What the PDF check found (null for other content): a PDF Quire cannot open is refused, never stored. */
  pdf: Pick<PdfInfo, 'pageCount' | 'encryption' | 'permissions'> | null;
  /** The bytes hashed, for files small enough to read once: they are what gets stored. */
  bytes: Buffer | null;
}

/** Files up to this size are read once, and hashed, checked, extracted and stored from that one read. */
const readOnceBytes = 16 * 1024 * 1024;
const extractable = new Set<string>(Object.values(textMediaTypes));

const pdfMediaType = 'application/pdf';

async function extractText(bytes: () => Promise<Uint8Array>, size: number, mediaType: string): Promise<TextExtractionResult> {
  if (!extractable.has(mediaType)) return { status: 'failed', reason: `Quire does not extract text from ${mediaType} files` };
  if (size > textExtractionLimits.maxInputBytes) return { status: 'failed', reason: `the file is larger than the ${textExtractionLimits.maxInputBytes / 1024 ** 2} MiB text extraction reads` };
  try {
    return await extractTextInWorker(await bytes(), mediaType);
  } catch (error) {
    return { status: 'failed', reason: (error as Error).message };
  }
}

function formatBytes(n: number): string {
  return n >= 1024 ** 3 ? `${(n / 1024 ** 3).toFixed(1)} GiB` : n >= 1024 ** 2 ? `${(n / 1024 ** 2).toFixed(1)} MiB` : `${n} bytes`;
}

/**
 * Checks a file before import — it exists, is a regular non-empty file under the vault's size
 * limit, with an acceptable name, and a PDF (by content or name) opens without a password, is whole
 * and has pages — and hashes it (streamed). Nothing is written; a refusal carries the PDF's code.
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
  let whole: Buffer | null = null;
  let hashed: { sha256: string; size: number };
  let mediaType: string;
  try {
    if (stats.size <= readOnceBytes) {
      whole = await readFile(file);
      hashed = { sha256: createHash('sha256').update(whole).digest('hex'), size: whole.length };
    } else {
      hashed = await hashFile(file);
    }
    mediaType = detectMediaType(file);
  } catch (error) {
    throw new QuireError('FILE_UNREADABLE', `The file ${file} could not be read: ${(error as Error).message}`);
  }
  const { sha256, size } = hashed;
  const bytesOnce = whole;
  const prepared = { path: file, fileName, mediaType, sha256, size, bytes: bytesOnce };
  if (mediaType !== pdfMediaType) {
    return { ...prepared, text: await extractText(() => (bytesOnce ? Promise.resolve(bytesOnce) : readWhole(file)), size, mediaType), pdf: null };
  }
  // A PDF is checked before anything is stored, so the vault only ever holds PDFs it can print.
  // Larger ones are refused rather than stored unchecked: opening one to print would need several
  // times its size in memory, and a controlled document that cannot be printed fails at the worst moment.
  if (size > maxPdfBytes) {
    throw new QuireError('PDF_TOO_LARGE', `${fileName} is a ${formatBytes(size)} PDF; Quire checks and prints PDFs up to ${formatBytes(maxPdfBytes)}. Split it into smaller files and register those.`, { size });
  }
  const bytes = bytesOnce ?? (await readWhole(file));
  if (!bytesOnce && createHash('sha256').update(bytes).digest('hex') !== sha256) {
    throw new QuireError('CONTENT_CHANGED_DURING_IMPORT', `The file ${file} changed while it was being imported. Try again once it is no longer being written.`);
  }
  let info: PdfInfo;
  try {
    info = await inspectPdf(bytes);
  } catch (error) {
    if (!isQuireError(error)) throw error;
    throw new QuireError(error.code, `${fileName}: ${error.message} Nothing was imported.`, error.details);
  }
  const pdf = { pageCount: info.pageCount, encryption: info.encryption, permissions: info.permissions };
  return { ...prepared, text: await extractText(() => Promise.resolve(bytes), size, mediaType), pdf };
}

async function readWhole(file: string): Promise<Buffer> {
  try {
    return await readFile(file);
  } catch (error) {
    throw new QuireError('FILE_UNREADABLE', `The file ${file} could not be read: ${(error as Error).message}`);
  }
}
