import type { changeErrorCodes } from '../../errors/change-error-codes';
import type { SentencesFor } from '../message-catalogue';

const actWords = {
  'decide-change-request': 'decide change requests on',
  'link-documents': 'link other documents to',
  'check-linked-change': 'record that no change is needed to',
} as const;

export const changeMessages: SentencesFor<typeof changeErrorCodes> = {
  CHANGE_REQUEST_NOT_FOUND: ({ dcr }) => `There is no change request ${dcr}.`,
  CHANGE_REQUEST_DECIDED: ({ dcr, state }) => `${dcr} was already decided: it is ${state}.`,
  CHANGE_CONTROL_NOT_ALLOWED: ({ act, number, owner, username }) =>
    `${username} may not ${actWords[act]} ${number}: only its owner (${owner}) or a document controller may.`,
  CHANGE_IMPACT_REQUIRED: ({ number, label }) =>
    `State the impact of ${number} ${label} before submitting it: whether training is needed, whether linked documents are affected and whether validation is needed.`,
  DOCUMENT_LINK_TO_ITSELF: ({ number }) => `${number} cannot be linked to itself; name another document.`,
  LINKED_CHANGE_NOT_OPEN: ({ number, changed }) => `${number} has no open check of a changed linked document${changed ? ` for ${changed}` : ''}.`,
};
