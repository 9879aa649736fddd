import { openPdf, type PdfInfo } from './open-pdf';

/**
 * Checks at import that bytes are a PDF Quire can print: returns its page count, encryption kind
 * and producer, or throws the coded QuireError of openPdf. Never modifies the bytes.
 */
export async function inspectPdf(bytes: Uint8Array): Promise<PdfInfo> {
  return (await openPdf(bytes)).info;
}
