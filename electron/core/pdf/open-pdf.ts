import { QuireError } from '../../../shared/errors';
import { findDamagedStream } from './find-damaged-stream';
import { loadPdfDocument } from './load-pdf-document';
import { PDFDict, PDFName, PDFNumber, type PDFDocument } from './pdf-lib';
import { maxPdfBytes } from './pdf-size-limit';

export type PdfEncryption = 'none' | 'owner-password-only';

/** What Quire knows about a PDF after opening it, as plain data for the register and the UI. */
export interface PdfInfo {
  pageCount: number;
  encryption: PdfEncryption;
  /** What the owner password allows; null for unencrypted files (everything allowed). */
  permissions: { print: boolean; modify: boolean } | null;
  pdfVersion: string;
  producer: string | null;
  creator: string | null;
  title: string | null;
  byteLength: number;
}

export interface OpenedPdf {
  doc: PDFDocument;
  info: PdfInfo;
}

export { maxPdfBytes };

const startOfFileWindow = 1024;
const endOfFileWindow = 4096;

export interface OpenPdfOptions {
  /**
   * Inflate every Flate stream to find damaged ones (the default). Only bytes that already passed
   * this check, as every imported PDF and every rendition has, may skip it: inflating all of a file
   * leaves garbage of about twice its uncompressed streams, the largest share of a print's memory.
   */
  checkStreams?: boolean;
}

/**
 * Opens PDF bytes for reading or stamping, or throws a coded QuireError saying why it cannot:
 * NOT_A_PDF, PDF_CORRUPT (including truncated), PDF_ENCRYPTED (needs a password to open),
 * PDF_ENCRYPTION_UNSUPPORTED, PDF_NO_PAGES, PDF_TOO_LARGE. Owner-password-only files are decrypted.
 */
export async function openPdf(bytes: Uint8Array, { checkStreams = true }: OpenPdfOptions = {}): Promise<OpenedPdf> {
  if (bytes.length === 0) throw new QuireError('CONTENT_EMPTY');
  if (bytes.length > maxPdfBytes) throw new QuireError('PDF_TOO_LARGE', { sizeBytes: bytes.length, limitBytes: maxPdfBytes });
  const headerAt = indexOfAscii(bytes, '%PDF-', 0, startOfFileWindow);
  if (headerAt < 0) throw new QuireError('NOT_A_PDF');
  // pdf-lib reads objects front to back and happily loads a file cut short; the end marker is how we notice.
  if (indexOfAscii(bytes, '%%EOF', Math.max(0, bytes.length - endOfFileWindow), bytes.length) < 0) {
    throw new QuireError('PDF_CORRUPT', { truncated: true }, { reason: 'truncated' });
  }

  let doc: PDFDocument;
  try {
    doc = await loadPdfDocument(bytes);
  } catch (error) {
    throw refusalFor(error);
  }

  const pdfVersion = new TextDecoder('latin1').decode(bytes.subarray(headerAt + 5, headerAt + 8));
  const encrypted = doc.context.isDecrypted;
  let pageCount: number;
  try {
    pageCount = doc.getPageCount();
    // Every page must have a usable size, else nothing can be placed on it.
    for (const page of doc.getPages()) {
      const { width, height } = page.getMediaBox();
      if (!(width > 0 && height > 0)) throw new Error('page without a usable MediaBox');
    }
  } catch (error) {
    throw new QuireError('PDF_CORRUPT', {}, { reason: messageOf(error) });
  }
  if (pageCount === 0) throw new QuireError('PDF_NO_PAGES');
  const damaged = checkStreams ? findDamagedStream(doc) : null;
  if (damaged) throw new QuireError('PDF_CORRUPT', {}, { reason: `stream ${damaged.toString()} cannot be decompressed` });

  return {
    doc,
    info: {
      pageCount,
      encryption: encrypted ? 'owner-password-only' : 'none',
      permissions: encrypted ? ownerPermissions(doc) : null,
      pdfVersion,
      producer: safeInfo(() => doc.getProducer()),
      creator: safeInfo(() => doc.getCreator()),
      title: safeInfo(() => doc.getTitle()),
      byteLength: bytes.length,
    },
  };
}

function refusalFor(error: unknown): QuireError {
  const message = messageOf(error);
  if (message === 'NEEDS PASSWORD' || message === 'Password incorrect') return new QuireError('PDF_ENCRYPTED');
  if (/unknown encryption method|unsupported encryption|invalid key length|Unknown crypto method/i.test(message)) {
    return new QuireError('PDF_ENCRYPTION_UNSUPPORTED', {}, { reason: message });
  }
  return new QuireError('PDF_CORRUPT', {}, { reason: message });
}

// The decrypting load drops /Encrypt from the trailer; the dictionary itself is still among the objects.
function ownerPermissions(doc: PDFDocument): { print: boolean; modify: boolean } {
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict) || object.get(PDFName.of('Filter')) !== PDFName.of('Standard')) continue;
    const flags = object.get(PDFName.of('P'));
    if (!(flags instanceof PDFNumber)) break;
    const bits = flags.asNumber();
    return { print: (bits & 0b100) !== 0, modify: (bits & 0b1000) !== 0 };
  }
  return { print: true, modify: true };
}

function indexOfAscii(bytes: Uint8Array, needle: string, from: number, to: number): number {
  const first = needle.charCodeAt(0);
  const end = Math.min(to, bytes.length) - needle.length;
  outer: for (let i = from; i <= end; i++) {
    if (bytes[i] !== first) continue;
    for (let j = 1; j < needle.length; j++) if (bytes[i + j] !== needle.charCodeAt(j)) continue outer;
    return i;
  }
  return -1;
}

function safeInfo(read: () => string | undefined): string | null {
  try {
    return read() ?? null;
  } catch {
    return null;
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
