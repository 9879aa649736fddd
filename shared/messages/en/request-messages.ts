import type { errorCodes } from '../../errors/error-codes';
import type { FieldProblem, InvalidInputParams, RequestProblem } from '../../errors/input-error-params';
import type { SentencesFor } from '../message-catalogue';
import { capitalised, fieldFormats, fieldName, listed } from './english-words';

type CoreCodes = Pick<typeof errorCodes, 'INVALID_INPUT' | 'UNKNOWN_METHOD' | 'INTERNAL'>;

function fieldSentence(field: string | undefined, p: FieldProblem): string {
  const words = field ? fieldName(field) : 'the input';
  const Words = capitalised(words);
  switch (p.problem) {
    case 'required':
      return `${Words} is required.`;
    case 'too-short':
      return `${Words} must be at least ${p.min} characters.`;
    case 'too-long':
      return `${Words} must be at most ${p.max} characters.`;
    case 'too-few':
      return `Give at least ${p.min} for ${words}.`;
    case 'too-many':
      return `Give at most ${p.max} for ${words}.`;
    case 'out-of-range':
      return `${Words} must be ${[p.min !== undefined ? `at least ${p.min}` : '', p.max !== undefined ? `at most ${p.max}` : ''].filter(Boolean).join(' and ')}.`;
    case 'one-line':
      return `${Words} must be one line of well-formed text.`;
    case 'invisible-only':
      return `${Words} must contain visible characters, not only invisible ones.`;
    case 'control-characters':
      return `${Words} contains control or direction-override characters.`;
    case 'format': {
      const key = field?.split('.').at(-1) ?? '';
      if (/Date$|^since$|^until$/.test(key)) return `${Words} is written YYYY-MM-DD.`;
      const format = fieldFormats[key];
      return format ? `${Words} may use ${format}.` : `${Words} is not in a form Quire accepts.`;
    }
    case 'choice':
      return `${Words} must be one of ${listed(p.choices.map((c) => `"${c}"`)).replace(/ and ([^,]*)$/, ' or $1')}.`;
    case 'wrong-type':
      return `${Words} is not valid.`;
    case 'whole-number':
      return `${Words} must be a whole number.`;
    case 'calendar-date':
      return `${p.value} is not a calendar date.`;
    case 'time-zone':
      return `"${p.value}" is not a known time zone.`;
    case 'point-in-time':
      return 'That is not a valid point in time.';
    case 'unknown-roles':
      return `Unknown role ${p.unknown.join(', ')}; the roles are ${p.known.join(', ')}.`;
  }
}

const requestSentences: { [K in RequestProblem['problem']]: (p: Extract<RequestProblem, { problem: K }>) => string } = {
  'unknown-fields': (p) => `The request has fields Quire does not know: ${p.names.join(', ')}.`,
  'one-of': (p) => `Choose exactly one: ${p.fields.map(fieldName).join(' or ')}.`,
  'external-source-required': (p) => `Documents of type ${p.type} are external: say where they come from (external source).`,
  'reprint-not-controlled': () => 'Only a controlled copy can be reprinted; ask for a controlled print, or do not name a copy to reprint.',
  'print-description': () => 'The print description is not valid.',
  'search-no-words': () => 'The search has no words to look for: type a word, a number or a "quoted phrase".',
  'search-term-too-short': (p) => `"${p.term}" is too short to look for in Chinese or Japanese text: type at least ${p.min} characters of it.`,
  'json-content-type': () => 'Send the request as JSON.',
  'body-too-large': () => 'The request is too large.',
  'not-json': () => 'The request is not valid JSON.',
  'nothing-to-print': () => 'Say what to print.',
  'browser-destination': () => 'The browser cannot choose where the host writes; the print comes back as a download.',
  'get-only': () => 'Only GET is allowed here.',
  'post-only': () => 'API calls use POST.',
  'upload-again': () => 'Choose the file again: only files uploaded through this page can be imported.',
  'vault-file-extension': () => 'A vault file name ends in .quire.',
  'choose-file': () => 'Choose the file with the file picker or by dropping it on the window.',
  'choose-destination': () => 'Choose where to save with the Save dialog.',
  'not-a-recent-vault': () => 'Open that vault with "Choose another vault".',
  'choose-vault-location': () => 'Choose where to create the vault with "Choose…".',
};

function invalidInput(p: InvalidInputParams): string {
  if (p.problem in requestSentences) {
    const request = p as RequestProblem;
    return (requestSentences[request.problem] as (q: RequestProblem) => string)(request);
  }
  const { field, ...problem } = p as { field?: string } & FieldProblem;
  return fieldSentence(field, problem as FieldProblem);
}

export const requestMessages: SentencesFor<CoreCodes> = {
  INVALID_INPUT: invalidInput,
  UNKNOWN_METHOD: () => 'There is no such operation.',
  INTERNAL: ({ problem, status }) => {
    switch (problem) {
      case 'unreachable':
        return 'Quire cannot be reached. Check that it is still running, then try again.';
      case 'unreadable-answer':
        return `Quire answered with HTTP ${status ?? '?'} and no readable message.`;
      case 'no-save-dialog':
        return 'This window cannot choose where to save files.';
      case 'in-window':
        return 'Something went wrong in this window. Reload it; nothing was changed.';
      default:
        return 'Something went wrong inside Quire. Nothing was changed; please report this.';
    }
  },
};
