import type { z } from 'zod';
import { QuireError } from '../../../shared/errors';

/** Parses a call's input against its schema; the first problem becomes a sentence naming the field. */
export function validateInput<S extends z.ZodType>(method: string, schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input ?? {});
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
  throw new QuireError('INVALID_INPUT', `${method}: ${field}${issue?.message ?? 'the input is not valid.'}`, {
    issues: parsed.error.issues.map((i) => ({ path: i.path.map(String), message: i.message })),
  });
}
