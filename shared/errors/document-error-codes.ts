import { params, type ErrorCodeTable } from './error-code-spec';

export const documentErrorCodes = {
  DOCUMENT_NOT_FOUND: params<{ number: string }>(),
  DOCUMENT_NUMBER_TAKEN: params<{ number: string }>(),
  DOCUMENT_NUMBER_INVALID: params<{ reason: 'department-required'; type: string; pattern: string } | { reason: 'no-sequence'; pattern: string } | { reason: 'unknown-token'; pattern: string; token: string }>(),
  DOCUMENT_TYPE_UNKNOWN: params<{ type: string; known?: string[] }>(),
  /** `act` is what was refused because the record is closed. */
  DOCUMENT_OBSOLETE: params<{ number: string; act: 'edit' | 'new-revision' | 'withdraw' | 'request-change' }>(),
  REVISION_NOT_FOUND: params<{ number: string; label: string; labels: string[] } | { number: string; nothingToPrint: true } | { id: number } | { number: string; label: string }>(),
  /** `effective` is the label of the revision in force, when there is one. */
  REVISION_NOT_VISIBLE: params<{ number: string; label: string; state: string; username: string; effective?: string }>(),
  REVISION_IN_WORKFLOW: params<{ number: string; label: string; state: string }>(),
  CHANGE_SUMMARY_REQUIRED: params<{ number: string }>(),
  DOCUMENT_TYPE_EXISTS: params<{ type: string }>(),
  REVISION_LABEL_SCHEME_INVALID: params<{ reason: 'too-few-letters' } | { reason: 'foreign-label'; label: string }>(),
  /** The master document list (or another export) could not be written where asked; `problem` is what the file system said, in words. */
  EXPORT_DESTINATION_UNWRITABLE: params<{ path: string; folder: string; problem: 'no-folder' | 'not-allowed' | 'folder-in-way' | 'other' }>(),
} as const satisfies ErrorCodeTable;
