import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { readImageWithTesseract } from './read-image-with-tesseract';

/** OCR's share of the text-extraction worker's time: pages left when it is spent stay without text. */
export interface OcrBudget {
  tesseract: string;
  /** Date.now() after which no page is OCRed any more. */
  deadline: number;
}

/** Tesseract reads best at about 300 dots per inch. */
const ocrDpi = 300;
/** A page larger than this many pixels a side (a poster, a drawing) is rendered smaller. */
const maxSidePixels = 6000;
const maxPageMs = 30_000;

interface CanvasAndContext {
  canvas: { toBuffer(type: 'image/png'): Uint8Array };
  context: unknown;
}

/**
 * The text of a page that has none in its text layer (a scan), read by Tesseract from the page rendered
 * with pdf.js (and @napi-rs/canvas, its optional Node canvas). Undefined when it cannot be rendered or read,
 * or the budget is spent. Trailing white space trimmed.
 */
export async function ocrScannedPage(pdf: PDFDocumentProxy, page: PDFPageProxy, budget: OcrBudget): Promise<string | undefined> {
  const remaining = budget.deadline - Date.now();
  if (remaining <= 0) return undefined;
  try {
    const natural = page.getViewport({ scale: 1 });
    const scale = Math.min(ocrDpi / 72, maxSidePixels / Math.max(natural.width, natural.height));
    const viewport = page.getViewport({ scale });
    const factory = (pdf as unknown as { canvasFactory: { create(width: number, height: number): CanvasAndContext } }).canvasFactory;
    const { canvas, context } = factory.create(Math.ceil(viewport.width), Math.ceil(viewport.height));
    await page.render({ canvasContext: context as CanvasRenderingContext2D, canvas: canvas as unknown as HTMLCanvasElement, viewport }).promise;
    const text = await readImageWithTesseract(budget.tesseract, canvas.toBuffer('image/png'), Math.min(maxPageMs, budget.deadline - Date.now()));
    return text?.replace(/\f/gu, '').replace(/\s+$/u, '');
  } catch {
    // No canvas module on this system, or a page pdf.js cannot draw: the page keeps no text.
    return undefined;
  }
}
