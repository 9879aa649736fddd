import { QuireError, type ErrorCode, type QuireErrorArgs, type SerializedQuireError } from '../../shared/errors';

/**
 * An error as the browser gets it: the code and parameters it renders through the catalogue, and the
 * English sentence for logs. Details (reports, OS causes) stay on the host.
 */
export function forBrowser(error: SerializedQuireError): SerializedQuireError {
  return { code: error.code, params: error.params ?? {}, ...(error.message ? { message: error.message } : {}) };
}

/** A refusal the host makes itself, before or around a core call, in the same form as the core's. */
export function hostRefusal<C extends ErrorCode>(code: C, ...args: QuireErrorArgs<C>): SerializedQuireError {
  return forBrowser(new QuireError(code, ...args).toJSON());
}
