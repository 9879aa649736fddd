import type { ErrorCode, ErrorParams, errorCodes } from '../errors/error-codes';
import type { ErrorCodeTable, ParamsOfSpec } from '../errors/error-code-spec';

/** The sentences for one domain's codes: a function of the code's parameters for every code it declares. */
export type SentencesFor<T extends ErrorCodeTable> = { readonly [C in keyof T]: (params: ParamsOfSpec<T[C]>) => string };

/**
 * One language's messages. The type demands a sentence for every error code, so a new code cannot
 * ship without one, and a language is added as one more value of this type.
 */
export type MessageCatalogue = SentencesFor<typeof errorCodes>;

/** The sentence a catalogue gives for a code and its parameters; a garbled answer from elsewhere still gets words. */
export function sentenceFor<C extends ErrorCode>(catalogue: MessageCatalogue, code: C, params: ErrorParams<C> | undefined): string {
  const sentence = catalogue[code] as ((p: ErrorParams<C>) => string) | undefined;
  if (!sentence) return catalogue.INTERNAL({});
  try {
    const said = sentence((params ?? {}) as ErrorParams<C>);
    return typeof said === 'string' && said !== '' ? said : catalogue.INTERNAL({});
  } catch {
    return catalogue.INTERNAL({});
  }
}
