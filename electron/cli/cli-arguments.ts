import { usageError } from './cli-usage-error';

/** The n-th word after the command, or INVALID_INPUT naming what is missing (in words) and the usage. */
export function positional(positionals: string[], index: number, what: string, usage: string): string {
  const value = positionals[index];
  if (!value) throw usageError({ field: what, problem: 'required' }, usage);
  return value;
}

/** A comma-separated option as a list of trimmed, non-empty words. */
export function commaList(value: unknown): string[] | undefined {
  return typeof value === 'string' ? value.split(',').map((v) => v.trim()).filter(Boolean) : undefined;
}

/** A string option, or undefined when it was not given. */
export function optionalText(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
