import type { z } from 'zod';
import type { ErrorCode } from '../errors';
import type { Permission } from '../roles';

/**
 * Who may call a method: anyone (signing in), any signed-in user whose password is in order,
 * any signed-in user even before the forced password change, or holders of one permission.
 */
export type Access = 'public' | 'signed-in' | 'password-change' | Permission;

/**
 * What a method does to the vault. A query only reads it (it may write a file elsewhere, such as
 * an exported copy); a command changes it and records that in the audit trail. A core opened
 * read-only refuses every command before it runs. Signing in and out are queries: they change no
 * record, and the dispatcher keeps the sign-in trail only where the vault can be written.
 */
export type MethodKind = 'query' | 'command';

export interface MethodSpec<I extends z.ZodType = z.ZodType, R extends z.ZodType = z.ZodType> {
  summary: string;
  kind: MethodKind;
  access: Access;
  input: I;
  result: R;
  /** The codes the method itself may raise; the dispatcher's own codes (dispatcher-error-codes.ts) come on top. */
  errors: readonly ErrorCode[];
}

/** Declares one API method; the identity function keeps the literal types for inference. */
export function defineMethod<I extends z.ZodType, R extends z.ZodType>(spec: MethodSpec<I, R>): MethodSpec<I, R> {
  return spec;
}
