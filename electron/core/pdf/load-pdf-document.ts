import { PDFDocument, ParseSpeeds } from './pdf-lib';

/**
 * Parses PDF bytes with the options every Quire read uses: an empty password (which opens exactly
 * the files that need none, i.e. owner-password-only ones), no metadata changes, no pauses.
 * The document's streams are views into `bytes`, which must stay unchanged while it is in use.
 */
export function loadPdfDocument(bytes: Uint8Array): Promise<PDFDocument> {
  return PDFDocument.load(sharedView(bytes), { password: '', updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
}

// pdf-lib takes each stream's bytes with slice(): a copy of all the file's streams for a plain
// Uint8Array, but a view for a Buffer. A Buffer over the same memory keeps one copy of the file.
function sharedView(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
