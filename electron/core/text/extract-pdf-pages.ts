import { ocrScannedPage, type OcrBudget } from './ocr-scanned-page';
import { reconstructPageLines, type PositionedTextRun } from './reconstruct-page-lines';
import { TextExtractionRefused, textExtractionLimits, type PageSource, type RevisionText } from './revision-text';

/**
 * Reads the text of every page of a PDF, page numbers kept, and says how each page's text was had: a page
 * without a text layer (a scan) is OCRed when `ocr` finds a Tesseract and its budget lasts, else marked 'none'.
 * `ocr` is asked only when such a page turns up: looking for Tesseract on PATH costs more than reading a small PDF.
 * Throws on content pdf.js cannot read or that exceeds the limits.
 */
export async function extractPdfPages(bytes: Uint8Array, ocr: () => OcrBudget | null): Promise<Required<RevisionText>> {
  // Loaded on first use: pdf.js is large, and most commands never extract text.
  const [{ getDocument, VerbosityLevel }, worker] = await Promise.all([import('pdfjs-dist/legacy/build/pdf.mjs'), import('pdfjs-dist/legacy/build/pdf.worker.mjs')]);
  // Hand pdf.js its worker code directly: otherwise its in-process "fake worker" imports ./pdf.worker.mjs
  // by a path relative to itself, which is missing once pdf.js is bundled into dist/ or packed in an asar.
  (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker ??= worker;
  // pdf.js detaches the buffer it is given (and refuses Buffer); copy so the caller's bytes (about to be hashed and stored) stay intact.
  const loadingTask = getDocument({
    data: new Uint8Array(bytes),
    // Offline and self-contained: no worker script, no fetching of fonts, CMaps or wasm.
    useWorkerFetch: false,
    disableFontFace: true,
    useSystemFonts: false,
    disableAutoFetch: true,
    disableStream: true,
    disableRange: true,
    stopAtErrors: false,
    enableXfa: false,
    verbosity: VerbosityLevel.ERRORS,
  });
  try {
    const pdf = await loadingTask.promise;
    if (pdf.numPages > textExtractionLimits.maxPdfPages) {
      throw new TextExtractionRefused(`The PDF has ${pdf.numPages} pages; text is extracted from at most ${textExtractionLimits.maxPdfPages}.`);
    }
    const pages: string[] = [];
    const pageSources: PageSource[] = [];
    let totalChars = 0;
    for (let pageNumber = 1; pageNumber <= pdf.numPages; pageNumber++) {
      const page = await pdf.getPage(pageNumber);
      const content = await page.getTextContent();
      const runs = content.items.filter((item): item is PositionedTextRun & typeof item => 'str' in item);
      let text = reconstructPageLines(runs).join('\n');
      let source: PageSource = 'text';
      if (text.trim() === '') {
        const budget = ocr();
        const read = budget ? await ocrScannedPage(pdf, page, budget) : undefined;
        [text, source] = read ? [read, 'ocr'] : ['', 'none'];
      }
      totalChars += text.length;
      if (totalChars > textExtractionLimits.maxTextChars) {
        throw new TextExtractionRefused(`The PDF holds more than ${textExtractionLimits.maxTextChars} characters of text.`);
      }
      pages.push(text);
      pageSources.push(source);
      page.cleanup();
    }
    return { pages, pageSources };
  } finally {
    await loadingTask.destroy();
  }
}
