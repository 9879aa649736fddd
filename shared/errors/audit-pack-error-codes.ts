import { params, type ErrorCodeTable } from './error-code-spec';

// Clause mapping, gap analysis and the evidence pack for an auditor.
export const auditPackErrorCodes = {
  STANDARD_UNKNOWN: params<{ standard: string; known: string[] }>(),
  CLAUSE_UNKNOWN: params<{ clause: string; standard: string }>(),
  AUDIT_PACK_JOB_NOT_FOUND: params<{ jobId: string }>(),
  AUDIT_PACK_ALREADY_RUNNING: params(),
  /** The file given to check is not an evidence pack Quire can read (`problem` says what is missing). */
  AUDIT_PACK_UNREADABLE: params<{ path: string; problem: 'not-found' | 'not-a-zip' | 'no-manifest' | 'manifest-malformed' }>(),
  /** The pack was read but does not hold together: a file changed, missing or added, or the signature fails. */
  AUDIT_PACK_INVALID: params<{ problemCount: number; firstProblem: string }>(),
} as const satisfies ErrorCodeTable;
