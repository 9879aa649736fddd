import { params, type ErrorCodeTable } from './error-code-spec';

export const printErrorCodes = {
  PRINT_FORMAT_UNSUPPORTED: params<{ fileName?: string; mediaType?: string }>(),
  /**
   * `problem` is what the file system said, in words; `stage` is 'publish' when the print was recorded
   * but its file could not be put in place (then `copyNumber` and `verificationCode` name the record).
   */
  PRINT_DESTINATION_UNWRITABLE: params<{
    path: string;
    folder?: string;
    problem: 'no-folder' | 'not-allowed' | 'folder-in-way' | 'other';
    stage?: 'write' | 'publish';
    copyNumber?: number | null;
    verificationCode?: string;
  }>(),
  PRINT_NOT_FOUND: params<{ code: string }>(),
  COPY_NOT_FOUND: params<{ number: string; copyNumber: number; copies: number[] }>(),
  COPY_RECALLED: params<{ number: string; copyNumber: number; status: string; recalledOn?: string; recalledBy?: string; act: 'recall' | 'reprint' }>(),
  COPYHOLDER_REQUIRED: params(),
} as const satisfies ErrorCodeTable;
