import type { ChangeImpactInput } from '../../shared/contract';
import { optionalText } from './cli-arguments';
import { usageError } from './cli-usage-error';

const impactWords = ['training', 'linked', 'validation'] as const;

/** The `--impact` and `--impact-note` options every command that states a change record shares. */
export const changeImpactOptions = { impact: { type: 'string' }, 'impact-note': { type: 'string' } } as const;

/**
 * Reads `--impact none` or `--impact training,linked,validation` (what the change affects; anything left out
 * is not affected) and `--impact-note`; undefined when `--impact` is not given.
 */
export function changeImpactOption(values: { impact?: unknown; 'impact-note'?: unknown }, usage: string): ChangeImpactInput | undefined {
  const given = optionalText(values.impact);
  if (given === undefined) return undefined;
  const words = given.toLowerCase() === 'none' ? [] : given.split(',').map((w) => w.trim().toLowerCase());
  if (words.some((w) => !(impactWords as readonly string[]).includes(w))) throw usageError({ field: 'impact', problem: 'choice', choices: ['none', ...impactWords] }, usage);
  const note = optionalText(values['impact-note']);
  return { trainingNeeded: words.includes('training'), linkedDocumentsAffected: words.includes('linked'), validationNeeded: words.includes('validation'), ...(note ? { note } : {}) };
}
