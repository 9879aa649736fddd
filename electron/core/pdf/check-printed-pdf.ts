import { QuireError } from '../../../shared/errors';
import { loadPdfDocument } from './load-pdf-document';

/**
 * Parses written print bytes back and confirms they are a PDF with exactly the expected
 * number of pages; pdf-lib can "succeed" on odd input and write a broken file, so nothing
 * leaves the engine unchecked. Throws PDF_PRINT_FAILED otherwise.
 */
export async function checkPrintedPdf(bytes: Uint8Array, expectedPageCount: number): Promise<void> {
  let pageCount: number;
  try {
    const header = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
    if (!header.includes('%PDF-')) throw new Error('no PDF header');
    pageCount = (await loadPdfDocument(bytes)).getPageCount();
  } catch (error) {
    throw new QuireError('PDF_PRINT_FAILED', {}, { reason: error instanceof Error ? error.message : String(error) });
  }
  if (pageCount !== expectedPageCount) {
    throw new QuireError('PDF_PRINT_FAILED', {}, { reason: `wrote ${pageCount} pages, expected ${expectedPageCount}` });
  }
}
