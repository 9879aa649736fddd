import { z } from 'zod';
import { defineMethod } from './define-method';
import { documentNumberSchema, multiLineText, passwordSchema, revisionLabelSchema, singleLineText } from './common-schemas';
import { revisionStateSchema } from './document-methods';
import { signatureSchema, signingErrors } from './workflow-methods';
import { printabilitySchema } from './printability-schema';

export const copyStatuses = ['issued', 'due_for_recall', 'returned', 'destroyed'] as const;
export const copyStatusSchema = z.enum(copyStatuses);
export type CopyStatus = z.infer<typeof copyStatusSchema>;

export const controlledCopySchema = z.object({
  document: z.string(),
  title: z.string(),
  copyNumber: z.number(),
  revision: z.string(),
  revisionState: revisionStateSchema,
  copyholder: z.string(),
  location: z.string(),
  issuedBy: z.string(),
  issuedAt: z.string(),
  status: copyStatusSchema,
  dueForRecallAt: z.string().nullable(),
  recalledAt: z.string().nullable(),
  recalledBy: z.string().nullable(),
  /** How many times this copy was printed (the issue plus reprints). */
  prints: z.number(),
  lastPrintedAt: z.string().nullable(),
});
export type ControlledCopy = z.infer<typeof controlledCopySchema>;

export const printResultSchema = z.object({
  path: z.string(),
  document: z.string(),
  revision: z.string(),
  /** The state printed on the paper (its watermark). */
  revisionState: revisionStateSchema,
  kind: z.enum(['controlled', 'reprint', 'uncontrolled']),
  copyNumber: z.number().nullable(),
  copyholder: z.string().nullable(),
  location: z.string().nullable(),
  verificationCode: z.string(),
  printedAt: z.string(),
  pages: z.number(),
  sourcePages: z.number(),
  manifestPages: z.number(),
  /** 'stamped': every page carries the stamp; 'cover-sheet': the pages are as supplied behind a stamped cover sheet. */
  mode: z.enum(['stamped', 'cover-sheet']),
  coverSheetReason: z.string().nullable(),
  /** What was taken out of the source so the print is inert: scripts, actions, embedded files, XFA (empty when nothing). */
  activeContentRemoved: z.array(z.string()),
  rendition: z.object({
    kind: z.enum(['native-pdf', 'rendered', 'converted', 'supplied']),
    tool: z.string(),
    sha256: z.string(),
    /** For a rendition an office program made: source fonts it substituted, and fonts it left unembedded. */
    fonts: z.object({ substituted: z.array(z.string()), notEmbedded: z.array(z.string()) }).nullable(),
    /** For a supplied PDF: the rendition an office program made of the same source, by page count (never used instead). */
    toolComparison: z.object({ tool: z.string(), pages: z.number(), suppliedPages: z.number(), samePageCount: z.boolean() }).nullable(),
  }),
  outputSha256: z.string(),
});
export type PrintResult = z.infer<typeof printResultSchema>;

/** A revision with whether this desktop can print it (see printabilitySchema). */
export const revisionPrintabilitySchema = printabilitySchema.extend({
  document: z.string(),
  title: z.string(),
  revision: z.string(),
  state: revisionStateSchema,
});

export const printVerificationSchema = z.object({
  verificationCode: z.string(),
  document: z.string(),
  title: z.string(),
  revision: z.string(),
  /** What the paper shows, and what the revision is now. */
  printedState: revisionStateSchema,
  revisionState: revisionStateSchema,
  stillEffective: z.boolean(),
  effectiveRevision: z.string().nullable(),
  kind: z.enum(['controlled', 'reprint', 'uncontrolled']),
  copy: z.object({ copyNumber: z.number(), copyholder: z.string(), location: z.string(), status: copyStatusSchema }).nullable(),
  printedBy: z.string(),
  printedAt: z.string(),
  pages: z.number(),
  mode: z.enum(['stamped', 'cover-sheet']),
  contentSha256: z.string(),
  outputSha256: z.string(),
  /** One sentence for the reader holding the paper: may they work from it? */
  verdict: z.string(),
});
export type PrintVerification = z.infer<typeof printVerificationSchema>;

const number = documentNumberSchema;

export const printMethods = {
  'prints.print': defineMethod({
    summary: 'Print a revision to a PDF file: a controlled copy (numbered, issued to a copyholder) or an uncontrolled copy.',
    kind: 'command',
    // Controlled copies need prints.controlled as well; the core checks it for that mode.
    access: 'prints.uncontrolled',
    input: z.object({
      number,
      label: revisionLabelSchema.optional(),
      mode: z.enum(['controlled', 'uncontrolled']),
      copyholder: singleLineText('Copyholder', 200).optional(),
      location: singleLineText('Location', 200).optional(),
      /** Reprint this already issued copy number (same number, marked REPRINT). */
      reprintOf: z.number().int().positive().optional(),
      destination: z.string().min(1).max(4096),
    }),
    result: printResultSchema,
    errors: [
      'DOCUMENT_NOT_FOUND',
      'REVISION_NOT_FOUND',
      'REVISION_NOT_VISIBLE',
      'PERMISSION_DENIED',
      'CONTROLLED_COPY_NOT_EFFECTIVE',
      'COPYHOLDER_REQUIRED',
      'COPY_NOT_FOUND',
      'COPY_RECALLED',
      'PRINT_FORMAT_UNSUPPORTED',
      'PRINT_DESTINATION_UNWRITABLE',
      'RENDITION_TOOL_MISSING',
      'RENDITION_FAILED',
      'RENDITION_TIMEOUT',
      'PDF_PRINT_FAILED',
      'CONTENT_TAMPERED',
      // A stored PDF, or the PDF LibreOffice made of an office file, is checked again before it is stamped.
      'NOT_A_PDF',
      'PDF_CORRUPT',
      'PDF_NO_PAGES',
      'PDF_TOO_LARGE',
    ],
  }),
  'prints.printability': defineMethod({
    summary: 'Which revisions this desktop can print, and how: every revision of one document, or else the effective revisions it cannot print.',
    kind: 'query',
    access: 'documents.read',
    input: z.object({ number: number.optional() }),
    result: z.array(revisionPrintabilitySchema),
    errors: ['DOCUMENT_NOT_FOUND'],
  }),
  'prints.verify': defineMethod({
    summary: 'Look a paper copy up by its verification code (or QR text): what it should be, and whether it is still current.',
    kind: 'query',
    access: 'documents.read',
    input: z.object({ code: z.string().trim().min(4).max(2000) }),
    result: printVerificationSchema,
    errors: ['PRINT_NOT_FOUND'],
  }),
  'copies.list': defineMethod({
    summary: 'The controlled-copy register of a document: every copy of every revision, with its status.',
    kind: 'query',
    access: 'documents.read',
    input: z.object({ number }),
    result: z.array(controlledCopySchema),
    errors: ['DOCUMENT_NOT_FOUND'],
  }),
  'copies.dueForRecall': defineMethod({
    summary: 'Every controlled copy due for recall, across the register: the controller’s to-do list.',
    kind: 'query',
    access: 'documents.read',
    input: z.object({}),
    result: z.array(controlledCopySchema.extend({ effectiveRevision: z.string().nullable() })),
    errors: [],
  }),
  'copies.recall': defineMethod({
    summary: 'Record, with your signature, that a controlled copy was returned or destroyed.',
    kind: 'command',
    access: 'prints.controlled',
    input: z.object({ number, copyNumber: z.number().int().positive(), status: z.enum(['returned', 'destroyed']), password: passwordSchema, comment: multiLineText('Comment', 2000).optional() }),
    result: z.object({ copy: controlledCopySchema, signature: signatureSchema }),
    errors: [...signingErrors, 'DOCUMENT_NOT_FOUND', 'COPY_NOT_FOUND', 'COPY_RECALLED'],
  }),
};
