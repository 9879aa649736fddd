import { z } from 'zod';
import type { ErrorCode } from '../errors';
import { defineMethod } from './define-method';
import {
  documentNumberSchema,
  multiLineText,
  revisionLabelSchema,
  singleLineText,
  sourceFileSchema,
  usernameSchema,
} from './common-schemas';
import { changeImpactInput } from './change-impact-input';

import { printabilitySchema } from './printability-schema';
import { documentActNames, documentStatuses, revisionActNames, revisionStates } from '../lifecycle';

// The states live in the lifecycle table; re-exported here for the contract's users.
export { revisionStates };
export const revisionStateSchema = z.enum(revisionStates);
export type RevisionState = z.infer<typeof revisionStateSchema>;

export const revisionSchema = z.object({
  id: z.number(),
  label: z.string(),
  state: revisionStateSchema,
  author: z.object({ username: z.string(), fullName: z.string() }),
  fileName: z.string(),
  mediaType: z.string(),
  size: z.number(),
  sha256: z.string(),
  changeSummary: z.string().nullable(),
  createdAt: z.string(),
  effectiveDate: z.string().nullable(),
  /** The PDF the author supplied with the source: signed with it, and what prints use. */
  rendition: z.object({ fileName: z.string(), sha256: z.string(), pages: z.number() }).nullable(),
});
export type Revision = z.infer<typeof revisionSchema>;

export const documentSummarySchema = z.object({
  id: z.number(),
  number: z.string(),
  title: z.string(),
  type: z.string(),
  department: z.string().nullable(),
  owner: z.object({ username: z.string(), fullName: z.string() }),
  status: z.enum(documentStatuses),
  reviewIntervalMonths: z.number(),
  retentionYears: z.number(),
  external: z.object({ source: z.string(), reference: z.string().nullable() }).nullable(),
  currentRevision: z.object({ label: z.string(), state: revisionStateSchema }).nullable(),
  createdAt: z.string(),
});
export type DocumentSummary = z.infer<typeof documentSummarySchema>;

/** A document and its revisions as the vault holds them, the same for every caller. */
export const documentRecordSchema = documentSummarySchema.extend({ revisions: z.array(revisionSchema) });
export type DocumentRecord = z.infer<typeof documentRecordSchema>;

/** A revision with the acts the calling user may take on it now (worked out by the core from the lifecycle table). */
export const revisionWithActsSchema = revisionSchema.extend({ acts: z.array(z.enum(revisionActNames)) });
export type RevisionWithActs = z.infer<typeof revisionWithActsSchema>;

const notedPersonSchema = z.object({ username: z.string(), fullName: z.string() });

export const documentDetailSchema = documentRecordSchema.extend({
  revisions: z.array(revisionWithActsSchema),
  /** The acts on the document as a whole the calling user may take now. */
  acts: z.array(z.enum(documentActNames)),
  /** A withdrawal requested and waiting for an approver, or null. */
  pendingWithdrawal: z.object({ reason: z.string(), by: notedPersonSchema, at: z.string() }).nullable(),
  /** While the newest revision is the draft that followed a rejection: which revision was rejected, by whom, why. */
  rejection: z.object({ revision: z.string(), draft: z.string(), reason: z.string(), by: notedPersonSchema, at: z.string() }).nullable(),
  /** The effective revision's next periodic review, or null. */
  nextReviewDate: z.string().nullable(),
});
export type DocumentDetail = z.infer<typeof documentDetailSchema>;

export const documentTypeSchema = z.object({
  code: z.string(),
  name: z.string(),
  numberingPattern: z.string(),
  reviewIntervalMonths: z.number(),
  retentionYears: z.number(),
  external: z.boolean(),
});
export type DocumentType = z.infer<typeof documentTypeSchema>;

const title = singleLineText('Title', 300);
const department = z
  .string()
  .trim()
  .min(1)
  .max(16, 'Department code must be at most 16 characters.')
  .regex(/^[A-Za-z0-9]+$/, 'Department code may use letters and digits only.')
  .transform((v) => v.toUpperCase());
const changeSummary = multiLineText('Change summary', 4000);

/**
 * What importing a file as a revision's content may end with: the file itself (missing, unreadable,
 * empty, too large, changing under us) and, for a PDF, everything the check before storing finds.
 */
export const importErrors = [
  'FILE_NOT_FOUND',
  'FILE_UNREADABLE',
  'FILE_NAME_INVALID',
  'CONTENT_EMPTY',
  'CONTENT_TOO_LARGE',
  'CONTENT_CHANGED_DURING_IMPORT',
  'NOT_A_PDF',
  'PDF_ENCRYPTED',
  'PDF_ENCRYPTION_UNSUPPORTED',
  'PDF_CORRUPT',
  'PDF_NO_PAGES',
  'PDF_TOO_LARGE',
] as const satisfies readonly ErrorCode[];

export const documentMethods = {
  'documentTypes.list': defineMethod({
    summary: 'The document types and their numbering schemes.',
    kind: 'query',
    access: 'documents.read',
    input: z.object({}),
    result: z.array(documentTypeSchema),
    errors: [],
  }),
  'documents.register': defineMethod({
    summary: 'Register a new controlled document with its first draft revision.',
    kind: 'command',
    access: 'documents.register',
    input: z.object({
      type: z.string().trim().min(1).max(16).transform((v) => v.toUpperCase()),
      title,
      department: department.optional(),
      number: documentNumberSchema.optional(),
      owner: usernameSchema.optional(),
      reviewIntervalMonths: z.number().int().min(1).max(120).optional(),
      retentionYears: z.number().int().min(0).max(100).optional(),
      external: z
        .object({ source: singleLineText('External source', 200), reference: singleLineText('External reference', 200).optional() })
        .optional(),
      file: sourceFileSchema,
      /** The author's PDF of an office source: checked like any PDF, signed with the source, used by prints. */
      rendition: sourceFileSchema.optional(),
      changeSummary: changeSummary.optional(),
    }),
    result: documentDetailSchema.extend({ printability: printabilitySchema }),
    errors: ['DOCUMENT_TYPE_UNKNOWN', 'DOCUMENT_NUMBER_TAKEN', 'DOCUMENT_NUMBER_INVALID', 'USER_NOT_FOUND', 'RENDITION_NOT_NEEDED', ...importErrors],
  }),
  'documents.get': defineMethod({
    summary: 'One document with all its revisions, oldest first, and the acts the caller may take now on each and on the document.',
    kind: 'query',
    access: 'documents.read',
    input: z.object({ number: documentNumberSchema }),
    result: documentDetailSchema,
    errors: ['DOCUMENT_NOT_FOUND'],
  }),
  'revisions.createDraft': defineMethod({
    summary: 'Start the next draft revision of a document from a new file.',
    kind: 'command',
    access: 'revisions.draft',
    input: z.object({ number: documentNumberSchema, file: sourceFileSchema, rendition: sourceFileSchema.optional(), changeSummary: changeSummary.optional(), impact: changeImpactInput.optional() }),
    result: revisionSchema.extend({ printability: printabilitySchema }),
    errors: ['DOCUMENT_NOT_FOUND', 'DOCUMENT_OBSOLETE', 'REVISION_IN_WORKFLOW', 'REVISION_STATE_CHANGED', 'CHANGE_SUMMARY_REQUIRED', 'RENDITION_NOT_NEEDED', ...importErrors],
  }),
  'revisions.attachRendition': defineMethod({
    summary: "Attach the author's PDF rendition to a draft that was never submitted (replacing one attached before).",
    kind: 'command',
    access: 'revisions.draft',
    input: z.object({ number: documentNumberSchema, label: revisionLabelSchema.optional(), file: sourceFileSchema }),
    result: revisionSchema.extend({ printability: printabilitySchema }),
    errors: ['DOCUMENT_NOT_FOUND', 'REVISION_NOT_FOUND', 'RENDITION_FROZEN', 'RENDITION_NOT_NEEDED', ...importErrors],
  }),
  'revisions.replaceContent': defineMethod({
    summary: 'Replace the file of a draft not yet submitted: the draft is replaced by the next draft number with the new content.',
    kind: 'command',
    access: 'revisions.draft',
    input: z.object({ number: documentNumberSchema, file: sourceFileSchema, changeSummary: changeSummary.optional() }),
    result: revisionSchema,
    errors: ['DOCUMENT_NOT_FOUND', 'DOCUMENT_OBSOLETE', 'REVISION_NOT_DRAFT', 'PERMISSION_DENIED', 'REVISION_STATE_CHANGED', ...importErrors],
  }),
  'revisions.exportContent': defineMethod({
    summary: "Write a revision's stored content to a file, byte for byte.",
    kind: 'query',
    access: 'documents.read',
    input: z.object({ number: documentNumberSchema, label: revisionLabelSchema, destination: z.string().min(1).max(4096) }),
    result: z.object({ path: z.string(), size: z.number(), sha256: z.string() }),
    errors: ['DOCUMENT_NOT_FOUND', 'REVISION_NOT_FOUND', 'REVISION_NOT_VISIBLE', 'CONTENT_MISSING'],
  }),
};

// A bulk import checks each sheet row's title and department as documents.register checks its input.
export { title as documentTitleSchema, department as departmentSchema };
