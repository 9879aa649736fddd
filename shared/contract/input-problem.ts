import type { z } from 'zod';
import type { FieldProblem, InvalidInputParams } from '../errors';

/** The value at a path in the caller's input, to tell a missing field from a wrong one. */
function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

const customProblems = new Set<FieldProblem['problem']>(['one-line', 'control-characters']);

function problemOf(issue: z.core.$ZodIssue, input: unknown): FieldProblem {
  switch (issue.code) {
    case 'invalid_type':
      return valueAt(input, issue.path) === undefined ? { problem: 'required' } : issue.expected === 'int' ? { problem: 'whole-number' } : { problem: 'wrong-type' };
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string') return min <= 1 ? { problem: 'required' } : { problem: 'too-short', min };
      if (issue.origin === 'array' || issue.origin === 'set') return min <= 1 ? { problem: 'required' } : { problem: 'too-few', min };
      return { problem: 'out-of-range', min };
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') return { problem: 'too-long', max };
      if (issue.origin === 'array' || issue.origin === 'set') return { problem: 'too-many', max };
      return { problem: 'out-of-range', max };
    }
    case 'invalid_format':
      return { problem: 'format' };
    case 'invalid_value':
      return { problem: 'choice', choices: issue.values.map(String) };
    case 'custom': {
      const declared = (issue.params as { problem?: FieldProblem['problem'] } | undefined)?.problem;
      return declared && customProblems.has(declared) ? ({ problem: declared } as FieldProblem) : { problem: 'wrong-type' };
    }
    default:
      return { problem: 'wrong-type' };
  }
}

/**
 * A schema's first complaint as INVALID_INPUT parameters: the field by its contract key (the catalogue
 * says it in the user's words) and what is wrong with it, never the schema's own English.
 */
export function inputProblem(issue: z.core.$ZodIssue | undefined, input: unknown): InvalidInputParams {
  if (!issue) return { problem: 'wrong-type' };
  if (issue.code === 'unrecognized_keys') return { problem: 'unknown-fields', names: issue.keys };
  const field = issue.path.filter((key): key is string => typeof key === 'string').join('.');
  return { ...(field ? { field } : {}), ...problemOf(issue, input) };
}
