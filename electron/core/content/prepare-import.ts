import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { isQuireError, QuireError, type QuireErrorArgs } from '../../../shared/errors';
import { pdfErrorCodes, type PdfErrorCode } from '../../../shared/errors/pdf-error-codes';
import type { PdfInfo } from '../pdf/open-pdf';
import { maxPdfBytes } from '../pdf/pdf-size-limit';
import { acceptedFileName } from './file-name';
import { detectMediaType } from './detect-media-type';
import { hashFile } from './hash-file';
import { readFile } from 'node:fs/promises';
import { extractTextInWorker } from '../text/extract-text-in-worker';
import type { SerializedContentText } from '../text/content-text-store';
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
  /** The text's row, serialized and hashed ahead on a bulk import's worker; otherwise done when stored. */
  serializedText?: SerializedContentText;
}

/** Files up to this size are read once, and hashed, checked, extracted and stored from that one read. */
const readOnceBytes = 16 * 1024 * 1024;
const extractable = new Set<string>(Object.values(textMediaTypes));

const pdfMediaType = 'application/pdf';

/** How a content's text is read: on a worker of its own by default; a bulk import's workers read it in their own thread. */
export type TextExtractor = (bytes: Uint8Array, mediaType: string) => Promise<TextExtractionResult>;

async function extractText(bytes: () => Promise<Uint8Array>, size: number, mediaType: string, extractor: TextExtractor): Promise<TextExtractionResult> {
  if (!extractable.has(mediaType)) return { status: 'failed', reason: `Quire does not extract text from ${mediaType} files` };
  if (size > textExtractionLimits.maxInputBytes) return { status: 'failed', reason: `the file is larger than the ${textExtractionLimits.maxInputBytes / 1024 ** 2} MiB text extraction reads` };
  try {
    return await extractor(await bytes(), mediaType);
  } catch (error) {
    return { status: 'failed', reason: (error as Error).message };
  }
}

function unreadable(file: string, error: unknown): QuireError {
  return new QuireError('FILE_UNREADABLE', { path: file }, { cause: (error as Error).message });
}

/** A PDF refusal raised again naming the file it is about, so the user knows which upload failed. */
function aboutFile(error: QuireError, fileName: string): QuireError {
  if (!(error.code in pdfErrorCodes)) return error;
  const args = [{ ...(error.params as object), fileName }, error.details] as unknown as QuireErrorArgs<PdfErrorCode>;
  return new QuireError(error.code as PdfErrorCode, ...args);
}

/**
 * Checks a file before import — it exists, is a regular non-empty file under the vault's size
 * limit, with an acceptable name, and a PDF (by content or name) opens without a password, is whole
 * and has pages — and hashes it (streamed). Nothing is written; a refusal carries the PDF's code.
 */
export async function prepareImport(file: string, maxContentBytes: number, extractor: TextExtractor = extractTextInWorker): Promise<PreparedImport> {
  const fileName = acceptedFileName(file);
  let stats;
  try {
    stats = statSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new QuireError('FILE_NOT_FOUND', { path: file });
    throw unreadable(file, error);
  }
  if (!stats.isFile()) throw new QuireError('FILE_UNREADABLE', { path: file, notAFile: true });
  if (stats.size === 0) throw new QuireError('CONTENT_EMPTY', { fileName });
  if (stats.size > maxContentBytes) {
    throw new QuireError('CONTENT_TOO_LARGE', { fileName, sizeBytes: stats.size, limitBytes: maxContentBytes });
  }
  let whole: Buffer | null = null;
  let hashed: { sha256: string; size: number };
  let mediaType: string;
  try {
    if (stats.size <= readOnceBytes) {
      // Read in one blocking call: the asynchronous read of a small file costs several hand-offs to libuv's
      // thread pool, and a bulk import's worker sat idle waiting on them for a fifth of its time.
      whole = readFileSync(file);
      hashed = { sha256: createHash('sha256').update(whole).digest('hex'), size: whole.length };
    } else {
      hashed = await hashFile(file);
    }
    mediaType = detectMediaType(file);
  } catch (error) {
    throw unreadable(file, error);
  }
  const { sha256, size } = hashed;
  const bytesOnce = whole;
  const prepared = { path: file, fileName, mediaType, sha256, size, bytes: bytesOnce };
  if (mediaType !== pdfMediaType) {
    return { ...prepared, text: await extractText(() => (bytesOnce ? Promise.resolve(bytesOnce) : readWhole(file)), size, mediaType, extractor), pdf: null };
  }
  // A PDF is checked before anything is stored, so the vault only ever holds PDFs it can print.
  // Larger ones are refused rather than stored unchecked: opening one to print would need several
  // times its size in memory, and a controlled document that cannot be printed fails at the worst moment.
  if (size > maxPdfBytes) {
    throw new QuireError('PDF_TOO_LARGE', { fileName, sizeBytes: size, limitBytes: maxPdfBytes });
  }
  const bytes = bytesOnce ?? (await readWhole(file));
  if (!bytesOnce && createHash('sha256').update(bytes).digest('hex') !== sha256) {
    throw new QuireError('CONTENT_CHANGED_DURING_IMPORT', { path: file });
  }
  let info: PdfInfo;
  try {
    // Loaded here, not at the top: pdf-lib is large and only a PDF import needs it (see docs/ARCHITECTURE.md, "CLI").
    const { inspectPdf } = await import('../pdf/inspect-pdf');
    info = await inspectPdf(bytes);
  } catch (error) {
    if (!isQuireError(error)) throw error;
    throw aboutFile(error, fileName);
  }
  const pdf = { pageCount: info.pageCount, encryption: info.encryption, permissions: info.permissions };
  return { ...prepared, text: await extractText(() => Promise.resolve(bytes), size, mediaType, extractor), pdf };
}

async function readWhole(file: string): Promise<Buffer> {
  try {
    return await readFile(file);
  } catch (error) {
    throw unreadable(file, error);
  }
}
