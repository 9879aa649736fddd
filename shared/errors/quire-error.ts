import { en } from '../messages/en';
import { sentenceFor } from '../messages/message-catalogue';
import type { ErrorCode, ErrorParams } from './error-codes';

/** Machine-readable extras for logs and `--json` (reports, OS error codes, causes); never shown as a sentence. */
export type ErrorDetails = Record<string, unknown>;

/**
 * After the code: its parameters (optional only when the code declares none required), then details.
 * A sentence in their place (the old `(code, 'sentence')` form) is a type error: sentences live in
 * the catalogue.
 */
export type QuireErrorArgs<C extends ErrorCode> = Record<never, never> extends ErrorParams<C> ? [params?: ErrorParams<C>, details?: ErrorDetails] : [params: ErrorParams<C>, details?: ErrorDetails];

/**
 * The one error type of Quire: a stable machine code plus the typed parameters its sentence needs.
 * The sentence itself comes from a message catalogue (shared/messages/), so the UI, the CLI and the
 * loopback host can show it in the user's language; `message` holds the English one for logs.
 */
export class QuireError<C extends ErrorCode = ErrorCode> extends Error {
  readonly code: C;
  readonly params: ErrorParams<C>;
  readonly details: ErrorDetails | undefined;

  constructor(code: C, ...args: QuireErrorArgs<C>) {
    const [given, details] = args as [ErrorParams<C> | undefined, ErrorDetails | undefined];
    const params = (given ?? {}) as ErrorParams<C>;
    super(sentenceFor(en, code, params));
    this.name = 'QuireError';
    this.code = code;
    this.params = params;
    this.details = details;
  }

  /** The plain-object form that crosses IPC and HTTP: code and parameters, the English sentence for logs. */
  toJSON(): SerializedQuireError {
    return { code: this.code, params: this.params as object, message: this.message, ...(this.details ? { details: this.details } : {}) };
  }

  static fromJSON(value: SerializedQuireError): QuireError {
    return new QuireError(value.code, ...([value.params ?? {}, value.details] as unknown as QuireErrorArgs<ErrorCode>));
  }
}

/** An error as it crosses a process boundary. Readers render `code` + `params` through a catalogue. */
export interface SerializedQuireError {
  code: ErrorCode;
  params?: object;
  /** The English sentence, for logs and for tools that read the JSON directly. */
  message?: string;
  details?: ErrorDetails;
}

export function isQuireError(value: unknown): value is QuireError {
  return value instanceof QuireError;
}
