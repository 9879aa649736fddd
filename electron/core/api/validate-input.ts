import type { z } from 'zod';
import { QuireError } from '../../../shared/errors';
import { inputProblem } from '../../../shared/contract/input-problem';

/** Parses a call's input against its schema; the first problem becomes parameters naming the field. */
export function validateInput<S extends z.ZodType>(method: string, schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input ?? {});
  if (parsed.success) return parsed.data;
  throw new QuireError('INVALID_INPUT', inputProblem(parsed.error.issues[0], input ?? {}), {
    method,
    issues: parsed.error.issues.map((i) => ({ path: i.path.map(String), message: i.message })),
  });
}
