import type { ErrorCode } from '../errors';
import type { MethodSpec } from './define-method';

// The codes the dispatcher (QuireCore.dispatch) raises itself, around every method's handler. They are
// defined once here rather than repeated in each method's `errors`, and they depend only on what the
// method declares (its access and kind), so the set a call may end with is exact, never "anything".

/** Any call: input the schema refuses, a vault file that is busy, cannot be written or has no room left, a fault. */
export const anyCallErrorCodes = ['INVALID_INPUT', 'VAULT_BUSY', 'VAULT_READ_ONLY', 'DISK_FULL', 'INTERNAL'] as const satisfies readonly ErrorCode[];

/** Any call that needs a session: none, one that timed out, or its user disabled or locked since. */
export const sessionErrorCodes = ['NOT_SIGNED_IN', 'SESSION_EXPIRED', 'ACCOUNT_DISABLED', 'ACCOUNT_LOCKED'] as const satisfies readonly ErrorCode[];

/** The codes the dispatcher itself may end a call of this method with. */
export function dispatcherErrorCodes(spec: Pick<MethodSpec, 'access' | 'kind'>): ErrorCode[] {
  const codes: ErrorCode[] = [...anyCallErrorCodes];
  if (spec.access !== 'public') codes.push(...sessionErrorCodes);
  // Until a forced password change is done, only the 'password-change' methods are open.
  if (spec.access !== 'public' && spec.access !== 'password-change') codes.push('PASSWORD_CHANGE_REQUIRED');
  if (spec.access !== 'public' && spec.access !== 'password-change' && spec.access !== 'signed-in') codes.push('PERMISSION_DENIED');
  if (spec.kind === 'command') codes.push('VAULT_OPENED_READ_ONLY');
  return codes;
}

/** Every code a call of this method may end with: its own declared codes and the dispatcher's. */
export function declaredErrorCodes(spec: Pick<MethodSpec, 'access' | 'kind' | 'errors'>): ReadonlySet<ErrorCode> {
  return new Set([...spec.errors, ...dispatcherErrorCodes(spec)]);
}
