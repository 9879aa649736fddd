export const documentErrorCodes = {
  DOCUMENT_NOT_FOUND: 'There is no document with that number.',
  DOCUMENT_NUMBER_TAKEN: 'That document number is already in the register.',
  DOCUMENT_NUMBER_INVALID: 'That document number is not valid.',
  DOCUMENT_TYPE_UNKNOWN: 'There is no such document type.',
  DOCUMENT_OBSOLETE: 'That document is obsolete.',
  REVISION_NOT_FOUND: 'There is no such revision.',
  REVISION_IN_WORKFLOW: 'This revision is in review, in approval or approved; a new draft can start once it is effective, rejected or cancelled.',
  CHANGE_SUMMARY_REQUIRED: 'Say what changed: a change summary is required from the second revision on.',
  REVISION_LABEL_SCHEME_INVALID: 'That revision label scheme is not valid.',
} as const;
