import { z } from 'zod';
import { defineMethod } from './define-method';
import { documentNumberSchema, revisionLabelSchema } from './common-schemas';

// The document viewer: the PDF a revision is seen through on screen, and the record that its pages
// were shown to someone (which every signature on that content requires first).

export const viewingSchema = z.object({
  document: z.string(),
  revision: z.string(),
  /** The revision's content the viewing was of; a signature needs a viewing of the same bytes. */
  contentSha256: z.string(),
  /** 'viewer': pages were shown in the app; 'declared': the signer said they opened the exported file (CLI). */
  how: z.enum(['viewer', 'declared']),
  /** How many different pages were shown, out of how many (null when declared). */
  pagesShown: z.number().nullable(),
  pageCount: z.number().nullable(),
  viewedAt: z.string(),
});
export type Viewing = z.infer<typeof viewingSchema>;

const renditionKindSchema = z.enum(['native-pdf', 'rendered', 'converted', 'supplied']);

export const viewerMethods = {
  'revisions.viewPdf': defineMethod({
    summary: "The PDF a revision is viewed through on screen: the content itself, or its rendition (no stamp).",
    kind: 'query',
    access: 'documents.read',
    input: z.object({ number: documentNumberSchema, label: revisionLabelSchema }),
    result: z.object({
      document: z.string(),
      revision: z.string(),
      fileName: z.string(),
      mediaType: z.string(),
      contentSha256: z.string(),
      rendition: z.object({ kind: renditionKindSchema, tool: z.string(), sha256: z.string() }),
      /** The PDF bytes (a Uint8Array over IPC; the loopback host sends them as the body of api/view). */
      pdf: z.custom<Uint8Array>((value) => value instanceof Uint8Array),
    }),
    errors: [
      'DOCUMENT_NOT_FOUND',
      'REVISION_NOT_FOUND',
      'REVISION_NOT_VISIBLE',
      'PRINT_FORMAT_UNSUPPORTED',
      'RENDITION_TOOL_MISSING',
      'RENDITION_FAILED',
      'RENDITION_TIMEOUT',
      'CONTENT_TAMPERED',
      'NOT_A_PDF',
      'PDF_CORRUPT',
      'PDF_NO_PAGES',
      'PDF_TOO_LARGE',
    ],
  }),
  'revisions.recordViewing': defineMethod({
    summary: "Record that a revision's pages were shown to you (the viewer calls it); signing that content requires it.",
    kind: 'command',
    access: 'documents.read',
    input: z.object({
      number: documentNumberSchema,
      label: revisionLabelSchema,
      /** The content the viewer was given: a viewing of other bytes counts for nothing. */
      contentSha256: z.string().regex(/^[0-9a-f]{64}$/),
      /** Absent: the signer declares they opened the exported file (the CLI's --viewed). */
      pages: z.object({ shown: z.number().int().min(1).max(100_000), of: z.number().int().min(1).max(100_000) }).optional(),
    }),
    result: viewingSchema,
    errors: ['DOCUMENT_NOT_FOUND', 'REVISION_NOT_FOUND', 'REVISION_NOT_VISIBLE', 'CONTENT_TAMPERED'],
  }),
};
