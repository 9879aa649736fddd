import { params, type ErrorCodeTable } from './error-code-spec';

/** What makes a file name unusable; the catalogue says each in words. */
export type FileNameProblem = 'empty' | 'too-long' | 'forbidden-characters' | 'direction-characters' | 'trailing-dot-or-space' | 'reserved-device-name';

export const contentErrorCodes = {
  FILE_NOT_FOUND: params<{ path: string }>(),
  FILE_UNREADABLE: params<{ path: string; notAFile?: boolean }>(),
  FILE_NAME_INVALID: params<{ name: string; problem: FileNameProblem }>(),
  CONTENT_EMPTY: params<{ fileName?: string }>(),
  /** Sizes in bytes; the catalogue writes them in MB/GB. */
  CONTENT_TOO_LARGE: params<{ fileName?: string; sizeBytes?: number; limitBytes: number }>(),
  /** A session may hold at most `maxCount` unused uploads of `maxBytes` together. */
  UPLOAD_LIMIT_REACHED: params<{ maxCount: number; maxBytes: number }>(),
  CONTENT_CHANGED_DURING_IMPORT: params<{ path: string }>(),
  CONTENT_MISSING: params<{ sha256?: string }>(),
} as const satisfies ErrorCodeTable;
