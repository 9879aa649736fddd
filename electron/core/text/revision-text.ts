// The text of one revision's content, as stored by the vault and compared by the diff engine.

/** Media types whose text Quire extracts; anything else imports with a 'failed' extraction. */
export const textMediaTypes = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  plain: 'text/plain',
  markdown: 'text/markdown',
} as const;

/** How a page's text was had: the PDF's text layer, OCR of the page image, or none (a scan that was not OCRed). */
export type PageSource = 'text' | 'ocr' | 'none';

/** Text per page (page 1 is `pages[0]`); lines are separated by '\n'. */
export interface RevisionText {
  pages: string[];
  /** One entry a page, for PDFs; absent where every page's text is the file's own (text, Markdown, DOCX). */
  pageSources?: PageSource[];
}

export type TextExtractionResult = ({ status: 'ok' } & RevisionText) | { status: 'failed'; reason: string };

/**
 * Bounds on extraction work, so that a hostile or broken file yields a 'failed' result instead of
 * exhausting memory or time in the core host.
 */
export const textExtractionLimits = {
  maxInputBytes: 256 * 1024 * 1024,
  maxPdfPages: 10_000,
  maxTextChars: 50_000_000,
  /**
   * Bytes a DOCX's parts may really inflate to (counted while inflating, never taken from the ZIP's
   * headers): mammoth holds the parts and their XML tree in memory, several times this at its peak.
   */
  maxDocxInflatedBytes: 128 * 1024 * 1024,
} as const;

/** Thrown inside the extractors to end the work early; turned into a 'failed' result at the top. */
export class TextExtractionRefused extends Error {}

/** What the drafting event says of a content's text: pages read, and those read by OCR or left without text. */
export function extractedTextSummary(text: TextExtractionResult): string {
  if (text.status === 'failed') return `not extracted: ${text.reason}`;
  const count = (source: PageSource) => text.pageSources?.filter((s) => s === source).length ?? 0;
  const notes = [count('ocr') ? `${count('ocr')} by OCR` : '', count('none') ? `${count('none')} without text` : ''].filter(Boolean);
  return `${text.pages.length} page(s) extracted${notes.length ? ` (${notes.join(', ')})` : ''}`;
}
