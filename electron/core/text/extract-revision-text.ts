import { decodePlainText } from './decode-plain-text';
import { extractDocxPages } from './extract-docx-pages';
import { extractPdfPages } from './extract-pdf-pages';
import type { OcrBudget } from './ocr-scanned-page';
import { findTesseract } from './read-image-with-tesseract';
import { TextExtractionRefused, textExtractionLimits, textMediaTypes, type TextExtractionResult } from './revision-text';

/**
 * Extracts the text of a revision's content, per page for PDFs (and per explicit page break for DOCX).
 * Never throws for bad content: an unreadable, unsupported or oversized file yields `{ status: 'failed', reason }`,
 * so the revision still imports and the failure can be recorded.
 */
export async function extractRevisionText(bytes: Uint8Array, mediaType: string): Promise<TextExtractionResult> {
  if (bytes.byteLength > textExtractionLimits.maxInputBytes) {
    return failed(`The file is larger than ${textExtractionLimits.maxInputBytes / (1024 * 1024)} MB; its text was not extracted.`);
  }
  const baseType = mediaType.split(';')[0]?.trim().toLowerCase() ?? '';
  try {
    switch (baseType) {
      case textMediaTypes.pdf:
        return { status: 'ok', ...(await extractPdfPages(bytes, ocrBudget())) };
      case textMediaTypes.docx:
        return { status: 'ok', pages: await extractDocxPages(bytes) };
      case textMediaTypes.plain:
      case textMediaTypes.markdown:
        return { status: 'ok', pages: [decodePlainText(bytes)] };
      default:
        return failed(`Quire does not extract text from ${mediaType || 'files of unknown type'}.`);
    }
  } catch (error) {
    if (error instanceof TextExtractionRefused) return failed(error.message);
    const detail = error instanceof Error ? error.message : String(error);
    return failed(`The text could not be read from this ${describe(baseType)}: ${detail}`);
  }
}

/**
 * OCR gets 40 s of the worker's 60: enough for a few scanned pages, and the worker still ends within its
 * own limit with the text it has (a long scan keeps its later pages without text rather than losing all).
 */
const ocrTimeMs = 40_000;

/** The OCR budget of one file, its clock started now; Tesseract is looked for once, at the first scanned page. */
function ocrBudget(): () => OcrBudget | null {
  const deadline = Date.now() + ocrTimeMs;
  let budget: OcrBudget | null | undefined;
  return () => {
    if (budget === undefined) {
      const tesseract = findTesseract();
      budget = tesseract ? { tesseract, deadline } : null;
    }
    return budget;
  };
}

function failed(reason: string): TextExtractionResult {
  return { status: 'failed', reason };
}

function describe(baseType: string): string {
  if (baseType === textMediaTypes.pdf) return 'PDF';
  if (baseType === textMediaTypes.docx) return 'DOCX';
  return 'file';
}
