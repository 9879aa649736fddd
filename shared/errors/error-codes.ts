// Every stable error code with the type of its parameters. Each domain keeps its codes in its own
// file; this index merges them. The sentences are in shared/messages/<language>/, one per code.
import { params, type ErrorCodeTable, type ParamsOfSpec } from './error-code-spec';
import type { InvalidInputParams } from './input-error-params';
import { vaultErrorCodes } from './vault-error-codes';
import { userErrorCodes } from './user-error-codes';
import { documentErrorCodes } from './document-error-codes';
import { contentErrorCodes } from './content-error-codes';
import { signatureErrorCodes } from './signature-error-codes';
import { workflowErrorCodes } from './workflow-error-codes';
import { comparisonErrorCodes } from './comparison-error-codes';
import { pdfErrorCodes } from './pdf-error-codes';
import { printErrorCodes } from './print-error-codes';
import { importErrorCodes } from './import-error-codes';
import { changeErrorCodes } from './change-error-codes';
import { auditPackErrorCodes } from './audit-pack-error-codes';
import { trainingErrorCodes } from './training-error-codes';

export const errorCodes = {
  INVALID_INPUT: params<InvalidInputParams>(),
  UNKNOWN_METHOD: params(),
  /** `problem` is set for what a window or host knows went wrong on its side of the call. */
  INTERNAL: params<{ problem?: 'unreachable' | 'unreadable-answer' | 'no-save-dialog' | 'in-window'; status?: number }>(),
  ...vaultErrorCodes,
  ...userErrorCodes,
  ...documentErrorCodes,
  ...contentErrorCodes,
  ...signatureErrorCodes,
  ...workflowErrorCodes,
  ...comparisonErrorCodes,
  ...pdfErrorCodes,
  ...printErrorCodes,
  ...importErrorCodes,
  ...changeErrorCodes,
  ...auditPackErrorCodes,
  ...trainingErrorCodes,
} as const satisfies ErrorCodeTable;

export type ErrorCode = keyof typeof errorCodes;

/** The parameters an error of code `C` carries. */
export type ErrorParams<C extends ErrorCode> = ParamsOfSpec<(typeof errorCodes)[C]>;

/** Every code, for tests and tools that walk them all. */
export const allErrorCodes = Object.keys(errorCodes) as ErrorCode[];
