import { z } from 'zod';
import { defineMethod } from './define-method';
import { documentNumberSchema, revisionLabelSchema, singleLineText, usernameSchema } from './common-schemas';
import { revisionStateSchema } from './document-methods';

// The training matrix: job functions (who does a job, which documents it requires), quizzes that gate a
// read-and-understood acknowledgement, and the matrix of people × documents an auditor asks for.

export const jobCodeSchema = z
  .string()
  .trim()
  .min(1, 'Job code is required.')
  .max(32, 'Job code must be at most 32 characters.')
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'Job code may use letters, digits, dot, dash and underscore.')
  .transform((v) => v.toUpperCase());

export const jobSchema = z.object({
  code: z.string(),
  name: z.string(),
  people: z.array(z.object({ username: z.string(), fullName: z.string() })),
  documents: z.array(z.object({ number: z.string(), title: z.string() })),
});
export type Job = z.infer<typeof jobSchema>;

/** A quiz as a controller writes it: each question's choices and the number (from 0) of the right one. */
export const quizSchema = z
  .object({
    passMark: z.number().int().min(1).max(100),
    questions: z
      .array(
        z
          .object({
            question: singleLineText('Question', 500),
            choices: z.array(singleLineText('Choice', 300)).min(2).max(8),
            answer: z.number().int().min(0),
          })
          .strict()
          .refine((q) => q.answer < q.choices.length, { message: 'The answer must be the number of one of the choices, counted from 0.', path: ['answer'], params: { problem: 'out-of-range', min: 0 } }),
      )
      .min(1)
      .max(20),
  })
  .strict();
export type Quiz = z.infer<typeof quizSchema>;

/** What a reader sees of a quiz: never the right answers. */
export const quizForReaderSchema = z.object({
  document: z.string(),
  revision: z.string(),
  passMark: z.number(),
  questions: z.array(z.object({ question: z.string(), choices: z.array(z.string()) })),
  attempts: z.number(),
  passed: z.boolean(),
});

export const matrixStatuses = ['overdue', 'open', 'done', 'not-required'] as const;
export const matrixStatusSchema = z.enum(matrixStatuses);
export type MatrixStatus = z.infer<typeof matrixStatusSchema>;

/** One person × one document: the rows the CLI writes as CSV and the audit pack will print. */
export const matrixRowSchema = z.object({
  user: z.string(),
  fullName: z.string(),
  jobs: z.array(z.string()),
  document: z.string(),
  title: z.string(),
  /** The revision in force, or null when the document has none. */
  revision: z.string().nullable(),
  status: matrixStatusSchema,
  assignedAt: z.string().nullable(),
  dueDate: z.string().nullable(),
  acknowledgedAt: z.string().nullable(),
});
export type MatrixRow = z.infer<typeof matrixRowSchema>;

/** Compliance: the share of required cells that are done (null when nothing is required). */
const compliance = z.object({ required: z.number(), done: z.number(), overdue: z.number(), percent: z.number().nullable() });

export const trainingMatrixSchema = z.object({
  today: z.string(),
  job: z.string().nullable(),
  people: z.array(z.object({ username: z.string(), fullName: z.string(), jobs: z.array(z.string()) })),
  documents: z.array(z.object({ number: z.string(), title: z.string(), revision: z.string().nullable(), compliance })),
  jobs: z.array(z.object({ code: z.string(), name: z.string(), compliance })),
  /** Overdue first, then open, done and not required; by person, then document. */
  rows: z.array(matrixRowSchema),
});
export type TrainingMatrix = z.infer<typeof trainingMatrixSchema>;

const change = z.enum(['add', 'remove']);

export const trainingMethods = {
  'jobs.list': defineMethod({
    summary: 'The job functions, with their people and the documents they require.',
    kind: 'query',
    access: 'training.manage',
    input: z.object({}),
    result: z.array(jobSchema),
    errors: [],
  }),
  'jobs.add': defineMethod({
    summary: 'Create a job function.',
    kind: 'command',
    access: 'training.manage',
    input: z.object({ job: jobCodeSchema, name: singleLineText('Name', 200) }),
    result: jobSchema,
    errors: ['JOB_EXISTS'],
  }),
  'jobs.people': defineMethod({
    summary: 'Add people to a job (they are assigned its documents) or remove them (their open training from it is closed).',
    kind: 'command',
    access: 'training.manage',
    input: z.object({ job: jobCodeSchema, change, users: z.array(usernameSchema).min(1).max(500) }),
    result: jobSchema.extend({ changed: z.array(z.string()), assigned: z.number(), closed: z.number() }),
    errors: ['JOB_NOT_FOUND', 'USER_NOT_FOUND'],
  }),
  'jobs.documents': defineMethod({
    summary: 'Add documents a job requires (its people are assigned them) or remove them (open training from it is closed).',
    kind: 'command',
    access: 'training.manage',
    input: z.object({ job: jobCodeSchema, change, numbers: z.array(documentNumberSchema).min(1).max(500) }),
    result: jobSchema.extend({ changed: z.array(z.string()), assigned: z.number(), closed: z.number() }),
    errors: ['JOB_NOT_FOUND', 'DOCUMENT_NOT_FOUND'],
  }),
  'training.setQuiz': defineMethod({
    summary: 'Attach a multiple-choice quiz with a pass mark to a revision: its acknowledgement waits for a pass.',
    kind: 'command',
    access: 'training.manage',
    input: z.object({ number: documentNumberSchema, label: revisionLabelSchema, quiz: quizSchema }),
    result: z.object({ document: z.string(), revision: z.string(), questions: z.number(), passMark: z.number() }),
    errors: ['DOCUMENT_NOT_FOUND', 'REVISION_NOT_FOUND', 'QUIZ_REVISION_CLOSED'],
  }),
  'training.quizOfRevision': defineMethod({
    summary: 'The quiz on a revision as its writers see it (the right answers, who set it, attempts so far), and whether it may still be changed.',
    kind: 'query',
    access: 'training.manage',
    input: z.object({ number: documentNumberSchema, label: revisionLabelSchema }),
    result: z.object({
      document: z.string(),
      revision: z.string(),
      state: revisionStateSchema,
      mayChange: z.boolean(),
      quiz: quizSchema.nullable(),
      setBy: z.object({ username: z.string(), fullName: z.string() }).nullable(),
      setAt: z.string().nullable(),
      attempts: z.number(),
    }),
    errors: ['DOCUMENT_NOT_FOUND', 'REVISION_NOT_FOUND'],
  }),
  'training.quiz': defineMethod({
    summary: 'The quiz on the revision in force, as the reader sees it (no answers), or null.',
    kind: 'query',
    access: 'documents.read',
    input: z.object({ number: documentNumberSchema }),
    result: quizForReaderSchema.nullable(),
    errors: ['DOCUMENT_NOT_FOUND', 'REVISION_NOT_EFFECTIVE'],
  }),
  'training.answerQuiz': defineMethod({
    summary: 'Answer the quiz on the revision in force: scored and recorded.',
    kind: 'command',
    access: 'documents.read',
    input: z.object({ number: documentNumberSchema, answers: z.array(z.number().int().min(0)).min(1).max(20) }),
    result: z.object({ document: z.string(), revision: z.string(), score: z.number(), passMark: z.number(), passed: z.boolean(), attempt: z.number() }),
    errors: ['DOCUMENT_NOT_FOUND', 'REVISION_NOT_EFFECTIVE', 'QUIZ_NOT_FOUND', 'QUIZ_ANSWERS_INVALID'],
  }),
  'training.matrix': defineMethod({
    summary: 'People × documents with the status of each one’s training, and compliance per job and per document.',
    kind: 'query',
    access: 'training.manage',
    input: z.object({ job: jobCodeSchema.optional() }),
    result: trainingMatrixSchema,
    errors: ['JOB_NOT_FOUND'],
  }),
};
