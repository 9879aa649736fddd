import { QuireError } from '../../shared/errors';

/** The n-th word after the command, or INVALID_INPUT naming what is missing and the usage. */
export function positional(positionals: string[], index: number, what: string, usage: string): string {
  const value = positionals[index];
  if (!value) throw new QuireError('INVALID_INPUT', `Name the ${what}. Usage: quire ${usage}`);
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
