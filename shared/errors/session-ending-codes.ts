import type { ErrorCode } from './error-codes';

/**
 * The codes that mean the caller's session is gone (never began, idled out, or the account was
 * locked or disabled meanwhile). The UI returns to the sign-in screen on them; the loopback host
 * clears its session cookie. Defined once so the two cannot disagree.
 */
export const sessionEndingCodes: ReadonlySet<ErrorCode> = new Set<ErrorCode>(['NOT_SIGNED_IN', 'SESSION_EXPIRED', 'ACCOUNT_DISABLED', 'ACCOUNT_LOCKED']);

export function isSessionEnding(code: string): boolean {
  return sessionEndingCodes.has(code as ErrorCode);
}
