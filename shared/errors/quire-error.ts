import { errorCodes, type ErrorCode } from './error-codes';

/**
 * The one error type of Quire: a stable machine code plus a sentence a user can act on.
 * The UI shows `message`, the CLI prints `CODE: message` and exits non-zero.
 */
export class QuireError extends Error {
  readonly code: ErrorCode;
  readonly details: Record<string, unknown> | undefined;

  constructor(code: ErrorCode, message?: string, details?: Record<string, unknown>) {
    super(message ?? errorCodes[code]);
    this.name = 'QuireError';
    this.code = code;
    this.details = details;
  }

  /** The plain-object form that crosses IPC and HTTP. */
  toJSON(): SerializedQuireError {
    return { code: this.code, message: this.message, ...(this.details ? { details: this.details } : {}) };
  }

  static fromJSON(value: SerializedQuireError): QuireError {
    return new QuireError(value.code, value.message, value.details);
  }
}

export interface SerializedQuireError {
  code: ErrorCode;
  message: string;
  details?: Record<string, unknown>;
}

export function isQuireError(value: unknown): value is QuireError {
  return value instanceof QuireError;
}
