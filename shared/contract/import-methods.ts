import { z } from 'zod';
import { defineMethod } from './define-method';
import { passwordSchema } from './common-schemas';
import { revisionStateSchema } from './document-methods';
import { signingErrors } from './workflow-methods';

const folderPath = z.string().min(1, 'Folder is required.').max(4096);

const importInput = z.object({
  folder: folderPath,
  metadata: z.string().min(1).max(4096).optional(),
  type: z.string().trim().min(1).max(16).transform((v) => v.toUpperCase()).optional(),
  department: z.string().trim().min(1).max(16).optional(),
});

/** What an import did, or in a dry run would do, file by file. */
export const importReportSchema = z.object({
  dryRun: z.boolean(),
  folder: z.string(),
  sheet: z.string().nullable(),
  /** False when the run was cancelled (what was written stays: every document whole). */
  finished: z.boolean(),
  documents: z.array(
    z.object({
      number: z.string().nullable(),
      title: z.string(),
      type: z.string(),
      importedFrom: z.string(),
      revisions: z.array(z.object({ label: z.string(), state: revisionStateSchema, path: z.string() })),
    }),
  ),
  alreadyImported: z.array(z.object({ path: z.string(), number: z.string().nullable() })),
  unreadable: z.array(z.object({ path: z.string(), number: z.string().nullable(), line: z.number().nullable(), reason: z.string() })),
  duplicates: z.array(z.object({ path: z.string(), sameAs: z.string() })),
  clashes: z.array(z.object({ number: z.string(), paths: z.array(z.string()), reason: z.string() })),
  rowsWithoutFile: z.array(z.object({ line: z.number(), path: z.string() })),
  filesWithoutRow: z.array(z.string()),
  skipped: z.array(z.object({ path: z.string(), reason: z.string() })),
  totals: z.object({ files: z.number(), bytes: z.number(), documents: z.number(), revisions: z.number() }),
});
export type ImportReport = z.infer<typeof importReportSchema>;

export const importProgressSchema = z.object({
  jobId: z.string(),
  phase: z.enum(['planning', 'importing', 'finished', 'cancelled', 'failed']),
  filesTotal: z.number(),
  filesDone: z.number(),
  bytesTotal: z.number(),
  bytesDone: z.number(),
  elapsedMs: z.number(),
  documentsImported: z.number(),
  revisionsImported: z.number(),
  filesFailed: z.number(),
  /** The report once the run has ended. */
  report: importReportSchema.nullable(),
  /** Why the run stopped, when it failed as a whole (the folder or sheet could not be read). */
  error: z.object({ code: z.string(), message: z.string(), params: z.record(z.string(), z.unknown()) }).nullable(),
});
export type ImportProgress = z.infer<typeof importProgressSchema>;

const jobId = z.string().min(1).max(64);

export const importMethods = {
  'import.plan': defineMethod({
    summary: 'Plan the import of a folder (and metadata sheet) without changing anything.',
    kind: 'query',
    access: 'documents.import',
    input: importInput,
    result: importReportSchema,
    errors: ['IMPORT_FOLDER_NOT_FOUND', 'IMPORT_SHEET_INVALID', 'IMPORT_TYPE_MISSING'],
  }),
  'import.start': defineMethod({
    summary: 'Start importing a folder as documents; legacy releases are attested with your signature.',
    kind: 'command',
    access: 'documents.import',
    input: importInput.extend({ password: passwordSchema }),
    result: z.object({ jobId: z.string() }),
    errors: [...signingErrors, 'IMPORT_FOLDER_NOT_FOUND', 'IMPORT_SHEET_INVALID', 'IMPORT_ALREADY_RUNNING'],
  }),
  'import.progress': defineMethod({
    summary: 'Where a running import stands, and its report once it has ended.',
    kind: 'query',
    access: 'documents.import',
    input: z.object({ jobId }),
    result: importProgressSchema,
    errors: ['IMPORT_JOB_NOT_FOUND'],
  }),
  'import.cancel': defineMethod({
    summary: 'Stop a running import after the batch being written (every document stays whole).',
    kind: 'query',
    access: 'documents.import',
    input: z.object({ jobId }),
    result: importProgressSchema,
    errors: ['IMPORT_JOB_NOT_FOUND'],
  }),
};
