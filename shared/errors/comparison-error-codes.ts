import { params, type ErrorCodeTable } from './error-code-spec';

export const comparisonErrorCodes = {
  COMPARISON_TIMED_OUT: params<{ timeLimitMs?: number }>(),
  COMPARISON_FAILED: params(),
  /** `unreadableLabel` names the revision whose text could not be read, when that is why. */
  COMPARISON_REPORT_FAILED: params<{ unreadableLabel?: string }>(),
} as const satisfies ErrorCodeTable;
