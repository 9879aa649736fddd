import { params, type ErrorCodeTable } from './error-code-spec';

/** Every PDF refusal may name the file it is about (set when an import re-raises it). */
type AboutFile = { fileName?: string };

export const pdfErrorCodes = {
  NOT_A_PDF: params<AboutFile>(),
  PDF_ENCRYPTED: params<AboutFile>(),
  PDF_ENCRYPTION_UNSUPPORTED: params<AboutFile>(),
  PDF_CORRUPT: params<AboutFile & { truncated?: boolean }>(),
  PDF_NO_PAGES: params<AboutFile>(),
  /** Sizes in bytes; the catalogue writes them in MB/GB. */
  PDF_TOO_LARGE: params<AboutFile & { sizeBytes?: number; limitBytes?: number }>(),
  CONTROLLED_COPY_NOT_EFFECTIVE: params<
    | AboutFile
    | { number: string; label: string; state: string }
    | { number: string; copyNumber: number; copyLabel: string; copyState: string; effectiveLabel: string }
  >(),
  /** `path` is set when the written file did not read back. */
  PDF_PRINT_FAILED: params<AboutFile & { path?: string }>(),
  RENDITION_TOOL_MISSING: params<AboutFile>(),
  RENDITION_FAILED: params<AboutFile>(),
  RENDITION_TIMEOUT: params<AboutFile>(),
} as const satisfies ErrorCodeTable;

export type PdfErrorCode = keyof typeof pdfErrorCodes;
