import type { SerializedQuireError } from '../errors';
import { declaredErrorCodes } from './dispatcher-error-codes';
import { apiContract, isMethodName } from './index';

export type CallOutcome = { ok: true; result: unknown } | { ok: false; error: Pick<SerializedQuireError, 'code' | 'message'> };

/**
 * Checks one answered call against the contract: a result must parse with the method's result
 * schema, an error must carry a code the method (or the dispatcher) declares. Returns what is
 * wrong in one sentence, or null when the answer is one the contract promises.
 */
export function contractViolation(method: string, outcome: CallOutcome): string | null {
  if (!isMethodName(method)) {
    return outcome.ok || outcome.error.code !== 'UNKNOWN_METHOD' ? `"${method.slice(0, 80)}" is not in the contract, yet the call did not end with UNKNOWN_METHOD.` : null;
  }
  const spec = apiContract[method];
  if (outcome.ok) {
    const parsed = spec.result.safeParse(outcome.result);
    if (parsed.success) return null;
    const issue = parsed.error.issues[0]!;
    return `${method} returned a result its result schema refuses: ${issue.path.join('.') || '(the result)'}: ${issue.message}`;
  }
  if (declaredErrorCodes(spec).has(outcome.error.code)) return null;
  return `${method} raised ${outcome.error.code}, which it does not declare ("${(outcome.error.message ?? '').slice(0, 200)}").`;
}
