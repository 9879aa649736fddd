import type { Permission, Role } from '../roles';
import { params, type ErrorCodeTable } from './error-code-spec';

/** Why a password is refused; the catalogue says how to fix each. */
export type WeakPasswordReason = { rule: 'too-short'; minLength: number } | { rule: 'one-class' } | { rule: 'contains-user-name' };

/** The ways an act is refused for want of a right; each names the user and what they lack. */
export type PermissionDeniedParams =
  | { reason: 'permission'; username: string; roles: Role[]; permission: Permission }
  | { reason: 'sign-as'; username: string; roles: Role[]; permission: Permission; stage: 'review' | 'approval'; act?: 'sign' | 'reject' }
  | { reason: 'confirm-identity'; username: string; roles: Role[] }
  | { reason: 'owner-or-controller'; act: 'submit' | 'cancel' | 'periodic-review' | 'replace-content'; number: string; label?: string; owner: string }
  | { reason: 'restore-not-admin'; username: string }
  | { reason: 'not-in-browser'; act: 'export' | 'print' | 'compare-report' | 'master-list' | 'backup' | 'view' }
  | { reason: 'loopback-only' }
  | { reason: 'request-refused'; why: 'other-host' | 'other-page' | 'missing-header' };

export const userErrorCodes = {
  /** `reason` says what is missing when the caller is not signed in at all (the CLI's own cases). */
  NOT_SIGNED_IN: params<{ reason?: 'user-not-named' | 'password-not-given' | 'cancelled' }>(),
  SESSION_EXPIRED: params(),
  /** `attemptsLeft` is set once two or fewer attempts remain before the lock. */
  WRONG_PASSWORD: params<{ attemptsLeft?: number }>(),
  /** `lockedAfter` is set when this very attempt locked the account. */
  ACCOUNT_LOCKED: params<{ lockedAfter?: number }>(),
  ACCOUNT_DISABLED: params(),
  PASSWORD_CHANGE_REQUIRED: params(),
  PASSWORD_TOO_WEAK: params<WeakPasswordReason>(),
  PASSWORD_REUSED: params(),
  PERMISSION_DENIED: params<PermissionDeniedParams>(),
  USER_EXISTS: params<{ username: string }>(),
  USER_NOT_FOUND: params<{ username: string } | { id: number }>(),
  LAST_ADMIN: params<{ username: string }>(),
  OWN_ROLES_UNCHANGEABLE: params<{ username: string }>(),
  /** `why`: no key since the reset, a key not issued after a reset, or one already confirmed (`confirmedAt`). */
  IDENTITY_NOT_CONFIRMABLE: params<{ username: string; why: 'no-key-yet' | 'not-after-reset' | 'already-confirmed'; keyId?: string; confirmedAt?: string }>(),
  /** `who` says why the confirmer is not independent: they are the user, or the one who reset the password. */
  IDENTITY_CONFIRMER_NOT_INDEPENDENT: params<{ username: string; who: 'self' | 'resetter' }>(),
} as const satisfies ErrorCodeTable;
