import { getDocument, GlobalWorkerOptions, type PDFDocumentProxy } from 'pdfjs-dist';
// Vite copies the worker into the build as its own file and gives its URL: the strict CSP allows
// scripts and workers from our own origin only, so nothing may be inlined or fetched from elsewhere.
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

GlobalWorkerOptions.workerSrc = workerUrl;

/** Opens PDF bytes with pdf.js for display only (no XFA forms); close() ends its worker task. */
export async function openPdfForViewing(bytes: Uint8Array): Promise<{ document: PDFDocumentProxy; close: () => Promise<void> }> {
  // pdf.js takes the buffer over to its worker; the caller keeps its own copy.
  const task = getDocument({ data: bytes.slice(), enableXfa: false });
  return { document: await task.promise, close: () => task.destroy() };
}

export type { PDFDocumentProxy };
