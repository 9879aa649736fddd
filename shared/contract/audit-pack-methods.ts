import { z } from 'zod';
import { defineMethod } from './define-method';
import { documentNumberSchema, isoDate, passwordSchema } from './common-schemas';
import { signingErrors } from './workflow-methods';

const standardId = z.string().trim().min(1).max(64);
const clauseNumber = z.string().trim().regex(/^\d+(\.\d+)*$/, 'Clause numbers are written like 7.5.3.');

export const clauseListSchema = z.object({
  standard: z.string(),
  standardName: z.string(),
  clauses: z.array(z.object({ number: z.string(), title: z.string() })),
});

export const standardSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  clauses: z.array(z.object({ number: z.string(), title: z.string() })),
  requiredInformation: z.array(z.object({ id: z.string(), clause: z.string(), kind: z.enum(['maintain', 'retain']), what: z.string() })),
});

/** How a required item stands: covered by an effective document, or only by drafts, or only by documents overdue for review, or not at all. */
export const gapStatuses = ['covered', 'draft-only', 'review-overdue', 'missing'] as const;
export type GapStatus = (typeof gapStatuses)[number];

export const gapAnalysisSchema = z.object({
  standard: z.string(),
  standardName: z.string(),
  today: z.string(),
  generatedAt: z.string(),
  items: z.array(
    z.object({
      id: z.string(),
      clause: z.string(),
      clauseTitle: z.string(),
      kind: z.enum(['maintain', 'retain']),
      what: z.string(),
      status: z.enum(gapStatuses),
      documents: z.array(z.object({ number: z.string(), title: z.string(), revision: z.string().nullable(), coverage: z.enum(['in-force', 'review-overdue', 'in-preparation']), mappedTo: z.string() })),
    }),
  ),
  summary: z.object({ covered: z.number(), draftOnly: z.number(), reviewOverdue: z.number(), missing: z.number() }),
  findings: z.object({
    overdueReviews: z.array(z.object({ number: z.string(), title: z.string(), revision: z.string(), owner: z.string(), nextReviewDate: z.string() })),
    training: z.array(z.object({ number: z.string(), revision: z.string(), user: z.string(), fullName: z.string(), dueDate: z.string().nullable(), overdue: z.boolean() })),
    copiesNotRecalled: z.array(z.object({ number: z.string(), revision: z.string(), copyNumber: z.number(), copyholder: z.string(), location: z.string(), dueForRecallAt: z.string().nullable() })),
    externalWithoutSource: z.array(z.object({ number: z.string(), title: z.string(), type: z.string() })),
    withoutOwner: z.array(z.object({ number: z.string(), title: z.string(), owner: z.string() })),
  }),
  pdf: z.object({ path: z.string(), bytes: z.number() }).nullable(),
});
export type GapAnalysis = z.infer<typeof gapAnalysisSchema>;

export const auditPackProgressSchema = z.object({
  jobId: z.string(),
  phase: z.enum(['running', 'finished', 'cancelled', 'failed']),
  /** The section being written ("Audit trail"), for the progress line. */
  section: z.string().nullable(),
  sectionsDone: z.number(),
  sectionsTotal: z.number(),
  filesWritten: z.number(),
  elapsedMs: z.number(),
  result: z.object({ path: z.string(), bytes: z.number(), sha256: z.string(), files: z.number(), chainHead: z.string() }).nullable(),
  error: z.object({ code: z.string(), message: z.string(), params: z.record(z.string(), z.unknown()) }).nullable(),
});
export type AuditPackProgress = z.infer<typeof auditPackProgressSchema>;

export const auditPackRequestSchema = z.object({
  destination: z.string().min(1).max(4096),
  from: isoDate.optional(),
  to: isoDate.optional(),
  documents: z.array(documentNumberSchema).max(10_000).optional(),
});

const jobId = z.string().min(1).max(64);

export const auditPackMethods = {
  'standards.list': defineMethod({
    summary: 'The standards Quire can map documents to: clauses with short titles and the documented information each requires.',
    kind: 'query',
    access: 'documents.read',
    input: z.object({}),
    result: z.array(standardSummarySchema),
    errors: [],
  }),
  'documents.clauses': defineMethod({
    summary: 'The clauses of a standard a document is mapped to.',
    kind: 'query',
    access: 'documents.read',
    input: z.object({ number: documentNumberSchema, standard: standardId.optional() }),
    result: clauseListSchema,
    errors: ['DOCUMENT_NOT_FOUND', 'STANDARD_UNKNOWN'],
  }),
  'documents.setClauses': defineMethod({
    summary: 'Map a document to clauses of a standard, or remove mappings.',
    kind: 'command',
    access: 'documents.edit',
    input: z.object({ number: documentNumberSchema, standard: standardId.optional(), add: z.array(clauseNumber).max(200).optional(), remove: z.array(clauseNumber).max(200).optional() }),
    result: clauseListSchema,
    errors: ['DOCUMENT_NOT_FOUND', 'STANDARD_UNKNOWN', 'CLAUSE_UNKNOWN'],
  }),
  'gapAnalysis.run': defineMethod({
    summary: 'Each documented information the standard requires as covered, draft only, review overdue or missing, and the findings an auditor would raise today; optionally as a PDF.',
    kind: 'query',
    access: 'audit.read',
    input: z.object({ standard: standardId.optional(), pdf: z.string().min(1).max(4096).optional() }),
    result: gapAnalysisSchema,
    errors: ['STANDARD_UNKNOWN', 'EXPORT_DESTINATION_UNWRITABLE'],
  }),
  'auditPack.start': defineMethod({
    summary: 'Start writing the evidence pack for an auditor (a ZIP signed with your key); the export is recorded in the audit trail.',
    kind: 'command',
    access: 'audit.read',
    input: auditPackRequestSchema.extend({ password: passwordSchema }),
    result: z.object({ jobId: z.string() }),
    errors: [...signingErrors, 'DOCUMENT_NOT_FOUND', 'AUDIT_PACK_ALREADY_RUNNING', 'EXPORT_DESTINATION_UNWRITABLE'],
  }),
  'auditPack.progress': defineMethod({
    summary: 'Where the evidence pack being written stands, and the saved file once it has ended.',
    kind: 'query',
    access: 'audit.read',
    input: z.object({ jobId }),
    result: auditPackProgressSchema,
    errors: ['AUDIT_PACK_JOB_NOT_FOUND'],
  }),
  'auditPack.cancel': defineMethod({
    summary: 'Stop writing the evidence pack; the partial file is removed.',
    kind: 'query',
    access: 'audit.read',
    input: z.object({ jobId }),
    result: auditPackProgressSchema,
    errors: ['AUDIT_PACK_JOB_NOT_FOUND'],
  }),
};
