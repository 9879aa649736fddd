import { QuireError, type InvalidInputParams } from '../../shared/errors';

/**
 * A command line the CLI cannot run: INVALID_INPUT with the problem as parameters (the catalogue says
 * it), and in the details the flag that fixes it and the usage, which only the CLI prints.
 */
export function usageError(problem: InvalidInputParams, usage: string, flag?: string): QuireError {
  return new QuireError('INVALID_INPUT', problem, { usage, ...(flag ? { flag } : {}) });
}
