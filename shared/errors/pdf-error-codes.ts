import type { RenditionToolId } from '../rendition-tools';
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
  /** `tools`: the programs that were looked for (the vault's order), none of them found. */
  RENDITION_TOOL_MISSING: params<AboutFile & { tools?: RenditionToolId[] }>(),
  /** `tool`: the program that failed or ran out of time, as a user knows it ("Microsoft Word"). */
  RENDITION_FAILED: params<AboutFile & { tool?: string }>(),
  RENDITION_TIMEOUT: params<AboutFile & { tool?: string }>(),
  /** A PDF rendition may be attached only to a draft never submitted: what reviewers saw must not change. */
  RENDITION_FROZEN: params<{ number: string; label: string; state: string }>(),
  /** The source is itself a PDF: it prints as it is. */
  RENDITION_NOT_NEEDED: params<{ fileName: string }>(),
  /**
   * A warning, never raised: said at registration, submission and on the document page when this desktop
   * could not print a revision (an office source, no supplied PDF, none of the vault's `tools` found here).
   */
  NOT_PRINTABLE_HERE: params<{ number: string; label: string; fileName?: string; tools: RenditionToolId[] }>(),
} as const satisfies ErrorCodeTable;

export type PdfErrorCode = keyof typeof pdfErrorCodes;
