import { params, type ErrorCodeTable } from './error-code-spec';

/** Acts of change control that only the document's owner or a controller may take. */
export type OwnerOrControllerAct = 'decide-change-request' | 'link-documents' | 'check-linked-change';

// Change control: document change requests (DCR-0001…), change records, linked documents.
export const changeErrorCodes = {
  CHANGE_REQUEST_NOT_FOUND: params<{ dcr: string }>(),
  /** The request was decided already (`state`: accepted, rejected or implemented). */
  CHANGE_REQUEST_DECIDED: params<{ dcr: string; state: string }>(),
  /** `owner` is the document owner's user name; `dcr` when the act is a decision. */
  CHANGE_CONTROL_NOT_ALLOWED: params<{ act: OwnerOrControllerAct; number: string; owner: string; username: string; dcr?: string }>(),
  /** A revision after the first submitted without its impact assessment (training, linked documents, validation). */
  CHANGE_IMPACT_REQUIRED: params<{ number: string; label: string }>(),
  DOCUMENT_LINK_TO_ITSELF: params<{ number: string }>(),
  /** No open "linked document changed" check on this document (for `changed`, when named). */
  LINKED_CHANGE_NOT_OPEN: params<{ number: string; changed?: string }>(),
} as const satisfies ErrorCodeTable;
