import type { comparisonErrorCodes } from '../../errors/comparison-error-codes';
import type { SentencesFor } from '../message-catalogue';

export const comparisonMessages: SentencesFor<typeof comparisonErrorCodes> = {
  COMPARISON_TIMED_OUT: () => 'Comparing these revisions took longer than allowed and was stopped. Nothing was changed; try again, or compare with line wrapping not ignored.',
  COMPARISON_FAILED: () => 'The revisions could not be compared. Nothing was changed; please report this.',
  COMPARISON_REPORT_FAILED: ({ unreadableLabel }) =>
    unreadableLabel
      ? `The text of revision ${unreadableLabel} could not be read, so no comparison report can be written.`
      : 'The comparison report could not be written as a PDF.',
};
