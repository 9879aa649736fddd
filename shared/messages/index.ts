// Turning error codes into sentences. The core raises codes with parameters; each language is one
// catalogue (shared/messages/<language>/); the CLI, the UI and the loopback host all ask here.
import type { ErrorCode, ErrorParams } from '../errors/error-codes';
import { en } from './en';
import { sentenceFor, type MessageCatalogue } from './message-catalogue';

/** The catalogues by language tag. Adding a language is adding its folder and one entry here. */
export const catalogues = { en } satisfies Record<string, MessageCatalogue>;
export type Language = keyof typeof catalogues;

/** The sentence for an error (anything with a code and parameters) in a language, English by default. */
export function errorMessage<C extends ErrorCode>(error: { code: C; params?: ErrorParams<C> }, language: Language = 'en'): string {
  return sentenceFor(catalogues[language], error.code, error.params);
}

export { formatSize } from './format-size';
export type { MessageCatalogue, SentencesFor } from './message-catalogue';
