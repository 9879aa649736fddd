export const comparisonErrorCodes = {
  COMPARISON_TIMED_OUT: 'Comparing these revisions took longer than allowed and was stopped. Nothing was changed; try again, or compare with line wrapping not ignored.',
  COMPARISON_FAILED: 'The revisions could not be compared. Nothing was changed; please report this.',
  COMPARISON_REPORT_FAILED: 'The comparison report could not be written as a PDF.',
} as const;
