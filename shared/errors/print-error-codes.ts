import { params, type ErrorCodeTable } from './error-code-spec';

export const printErrorCodes = {
  PRINT_FORMAT_UNSUPPORTED: params<{ fileName?: string; mediaType?: string }>(),
  /** `problem` is what the file system said, in words; `stage` is 'move' when the finished print could not be put in place. */
  PRINT_DESTINATION_UNWRITABLE: params<{ path: string; folder?: string; problem: 'no-folder' | 'not-allowed' | 'other'; stage?: 'write' | 'move' }>(),
  PRINT_NOT_FOUND: params<{ code: string }>(),
  COPY_NOT_FOUND: params<{ number: string; copyNumber: number; copies: number[] }>(),
  COPY_RECALLED: params<{ number: string; copyNumber: number; status: string; recalledOn?: string; recalledBy?: string; act: 'recall' | 'reprint' }>(),
  COPYHOLDER_REQUIRED: params(),
} as const satisfies ErrorCodeTable;
