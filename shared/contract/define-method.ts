import type { z } from 'zod';
import type { ErrorCode } from '../errors';
import type { Permission } from '../roles';

/**
 * Who may call a method: anyone (signing in), any signed-in user whose password is in order,
 * any signed-in user even before the forced password change, or holders of one permission.
 */
export type Access = 'public' | 'signed-in' | 'password-change' | Permission;

export interface MethodSpec<I extends z.ZodType = z.ZodType, R extends z.ZodType = z.ZodType> {
  summary: string;
  access: Access;
  input: I;
  result: R;
  errors: readonly ErrorCode[];
}

/** Declares one API method; the identity function keeps the literal types for inference. */
export function defineMethod<I extends z.ZodType, R extends z.ZodType>(spec: MethodSpec<I, R>): MethodSpec<I, R> {
  return spec;
}
