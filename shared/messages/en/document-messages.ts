import type { documentErrorCodes } from '../../errors/document-error-codes';
import type { SentencesFor } from '../message-catalogue';
import { stateWords } from './english-words';

export const documentMessages: SentencesFor<typeof documentErrorCodes> = {
  DOCUMENT_NOT_FOUND: ({ number }) => `There is no document ${number} in the register.`,
  DOCUMENT_NUMBER_TAKEN: ({ number }) => `${number} is already in the register; document numbers are never reused.`,
  DOCUMENT_NUMBER_INVALID: (p) =>
    p.reason === 'department-required'
      ? `Documents of type ${p.type} are numbered ${p.pattern}: give a department.`
      : p.reason === 'no-sequence'
        ? `The numbering pattern ${p.pattern} has no {SEQ} part.`
        : `The numbering pattern ${p.pattern} uses ${p.token}, which Quire does not know; use {TYPE}, {DEPT}, {YYYY} and {SEQ:0000}.`,
  DOCUMENT_TYPE_UNKNOWN: ({ type, known }) => `There is no document type ${type}${known ? `; the types are ${known.join(', ')}` : ''}.`,
  DOCUMENT_OBSOLETE: ({ number, act }) =>
    ({
      edit: `${number} is obsolete; its record is closed.`,
      'new-revision': `${number} is obsolete; it takes no new revisions.`,
      withdraw: `${number} is already obsolete.`,
      'request-change': `${number} is obsolete; it takes no change requests.`,
    })[act],
  REVISION_NOT_FOUND: (p) => {
    if ('id' in p) return `There is no revision with id ${p.id}.`;
    if ('nothingToPrint' in p) return `${p.number} has no revision to print.`;
    if ('labels' in p) return `${p.number} has no revision ${p.label}; it has ${p.labels.join(', ') || 'none'}.`;
    return `${p.number} has no revision ${p.label}.`;
  },
  REVISION_NOT_VISIBLE: ({ number, label, state, username, effective }) =>
    `${number} ${label} is ${stateWords(state)}: ${username} sees only the revision in force${effective ? `, ${effective}` : ', and there is none yet'}.`,
  REVISION_IN_WORKFLOW: ({ number, label, state }) => `${number} revision ${label} is ${stateWords(state)}; a new draft can start once it is effective, rejected or cancelled.`,
  CHANGE_SUMMARY_REQUIRED: ({ number }) => `Say what changed in this revision of ${number}: a change summary is required from the second revision on.`,
  DOCUMENT_TYPE_EXISTS: ({ type }) => `There is already a document type ${type}; change it instead of adding it again.`,
  REVISION_LABEL_SCHEME_INVALID: (p) =>
    p.reason === 'too-few-letters' ? 'A letter scheme needs at least two usable letters.' : `The label ${p.label} does not belong to this vault's revision scheme.`,
  EXPORT_DESTINATION_UNWRITABLE: ({ path, folder, problem }) =>
    `${path} could not be saved: ${
      { 'no-folder': `the folder ${folder} does not exist`, 'not-allowed': `you may not write to ${folder}`, 'folder-in-way': 'a folder of that name is in the way', other: 'the file system refused it' }[problem]
    }. Choose another place.`,
};
