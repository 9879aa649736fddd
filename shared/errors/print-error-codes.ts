export const printErrorCodes = {
  PRINT_FORMAT_UNSUPPORTED: 'Quire cannot print this kind of file. Register a PDF of it (exported from its own program) as a new revision, then print that.',
  PRINT_DESTINATION_UNWRITABLE: 'The print could not be written there. Check that the folder exists and that you may write to it, then print again.',
  PRINT_NOT_FOUND: 'No print has that verification code. Check the code on the paper; a copy whose code Quire does not know is not a Quire print of this vault.',
  COPY_NOT_FOUND: 'There is no controlled copy with that number for this document. Run "quire copies" to see the register.',
  COPY_RECALLED: 'That controlled copy has been recalled (returned or destroyed); it cannot be reprinted or recalled again. Issue a new controlled copy instead.',
  COPYHOLDER_REQUIRED: 'A controlled copy needs a copyholder: say who receives it (--copyholder).',
} as const;
