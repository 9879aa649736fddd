import { z } from 'zod';
import type { TextComparison } from '../text-comparison';
import { defineMethod } from './define-method';
import { documentNumberSchema, revisionLabelSchema, singleLineText, usernameSchema } from './common-schemas';
import { documentDetailSchema, revisionStateSchema } from './document-methods';
import { signatureSchema } from './workflow-methods';

export const comparedRevisionSchema = z.object({
  label: z.string(),
  state: revisionStateSchema,
  sha256: z.string(),
  fileName: z.string(),
  effectiveDate: z.string().nullable(),
  changeSummary: z.string().nullable(),
  /** The change requests (DCR-0001…) the revision carries out. */
  changeRequests: z.array(z.object({ number: z.string(), reason: z.string(), state: z.string() })),
  signatures: z.array(signatureSchema),
  text: z.enum(['extracted', 'not-extracted']),
});

export const metadataChangeSchema = z.object({ field: z.string(), label: z.string(), old: z.unknown(), new: z.unknown() });

export const revisionComparisonSchema = z.object({
  document: z.string(),
  title: z.string(),
  old: comparedRevisionSchema,
  new: comparedRevisionSchema,
  metadataChanges: z.array(metadataChangeSchema),
  /** Null when the text of either revision could not be extracted; `textUnavailable` says why. */
  text: z.custom<TextComparison>().nullable(),
  textUnavailable: z.string().nullable(),
});
export type RevisionComparison = z.infer<typeof revisionComparisonSchema>;

export const historyEntrySchema = z.object({
  id: z.number(),
  at: z.string(),
  user: z.string().nullable(),
  workstation: z.string(),
  action: z.string(),
  revision: z.string().nullable(),
  description: z.string(),
  /** The event as the vault-wide audit trail reads it (the same sentence, from the same table). */
  sentence: z.string(),
  reason: z.string().nullable(),
});
export type HistoryEntry = z.infer<typeof historyEntrySchema>;

const compareInput = z.object({
  number: documentNumberSchema,
  from: revisionLabelSchema,
  to: revisionLabelSchema,
  ignoreWhitespace: z.boolean().optional(),
  ignoreLineWrap: z.boolean().optional(),
  ignoreHeadersFooters: z.boolean().optional(),
});

export const historyMethods = {
  'documents.update': defineMethod({
    summary: "Change a document's title, owner, review interval or retention (reason required).",
    kind: 'command',
    access: 'documents.edit',
    input: z.object({
      number: documentNumberSchema,
      title: singleLineText('Title', 300).optional(),
      owner: usernameSchema.optional(),
      reviewIntervalMonths: z.number().int().min(1).max(120).optional(),
      retentionYears: z.number().int().min(0).max(100).optional(),
      reason: singleLineText('Reason', 500),
    }),
    result: documentDetailSchema,
    errors: ['DOCUMENT_NOT_FOUND', 'DOCUMENT_OBSOLETE', 'USER_NOT_FOUND'],
  }),
  'revisions.compare': defineMethod({
    summary: 'What changed between two revisions: text (by page, down to words), metadata, summaries and signatures.',
    kind: 'query',
    access: 'documents.read',
    input: compareInput,
    result: revisionComparisonSchema,
    errors: ['DOCUMENT_NOT_FOUND', 'REVISION_NOT_FOUND', 'COMPARISON_TIMED_OUT', 'COMPARISON_FAILED', 'REVISION_NOT_VISIBLE'],
  }),
  'revisions.compareReport': defineMethod({
    summary: 'Save the comparison of two revisions as a PDF report.',
    kind: 'query',
    access: 'documents.read',
    input: compareInput.extend({ destination: z.string().min(1).max(4096) }),
    result: z.object({ path: z.string(), bytes: z.number(), changes: z.number() }),
    errors: ['DOCUMENT_NOT_FOUND', 'REVISION_NOT_FOUND', 'COMPARISON_TIMED_OUT', 'COMPARISON_FAILED', 'COMPARISON_REPORT_FAILED', 'REVISION_NOT_VISIBLE'],
  }),
  'documents.history': defineMethod({
    summary: "One document's whole life on one time line: revisions, state changes, signatures, prints and copies.",
    kind: 'query',
    access: 'documents.read',
    input: z.object({ number: documentNumberSchema }),
    result: z.array(historyEntrySchema),
    errors: ['DOCUMENT_NOT_FOUND'],
  }),
};
