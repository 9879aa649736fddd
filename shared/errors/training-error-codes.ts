import { params, type ErrorCodeTable } from './error-code-spec';

type RevisionRef = { number: string; label: string };

// The training matrix: job functions, and quizzes that gate a read-and-understood acknowledgement.
export const trainingErrorCodes = {
  JOB_NOT_FOUND: params<{ code: string }>(),
  JOB_EXISTS: params<{ code: string }>(),
  /** A quiz may be set on a revision still to come or in force, not on one superseded, obsolete or cancelled. */
  QUIZ_REVISION_CLOSED: params<RevisionRef & { state: string }>(),
  QUIZ_NOT_FOUND: params<RevisionRef>(),
  /** The answers do not fit the quiz: one per question, each the number of one of its choices. */
  QUIZ_ANSWERS_INVALID: params<RevisionRef & { questions: number }>(),
  /** The acknowledgement waits for a passed quiz on the revision. */
  QUIZ_NOT_PASSED: params<RevisionRef & { username: string; passMark: number }>(),
} as const satisfies ErrorCodeTable;
