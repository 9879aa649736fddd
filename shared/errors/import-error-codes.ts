import { params, type ErrorCodeTable } from './error-code-spec';

/** Why a metadata sheet cannot be read; the catalogue says each in words. */
export type ImportSheetProblem = 'unreadable' | 'not-a-sheet' | 'empty' | 'no-path-column' | 'malformed';

export const importErrorCodes = {
  IMPORT_FOLDER_NOT_FOUND: params<{ path: string }>(),
  IMPORT_SHEET_INVALID: params<{ fileName: string; problem: ImportSheetProblem; line?: number }>(),
  /** The import job was not started in this session of the app, or was forgotten after it ended. */
  IMPORT_JOB_NOT_FOUND: params<{ jobId: string }>(),
  IMPORT_ALREADY_RUNNING: params(),
  /** Nothing to decide a document's type from: no sheet column, no known prefix, no chosen type. */
  IMPORT_TYPE_MISSING: params<{ path: string }>(),
} as const satisfies ErrorCodeTable;
