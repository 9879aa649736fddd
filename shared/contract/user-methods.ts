import { z } from 'zod';
import { defineMethod } from './define-method';
import { passwordSchema, roleSchema, singleLineText, usernameSchema } from './common-schemas';

export const userSummarySchema = z.object({
  id: z.number(),
  username: z.string(),
  fullName: z.string(),
  roles: z.array(roleSchema),
  disabled: z.boolean(),
  locked: z.boolean(),
  mustChangePassword: z.boolean(),
  createdAt: z.string(),
});
export type UserSummary = z.infer<typeof userSummarySchema>;

const reason = singleLineText('Reason', 500);

/** The parameters of WRONG_PASSWORD (its `details`) once two or fewer attempts remain before the lockout. */
export const wrongPasswordDetailsSchema = z.object({ attemptsLeft: z.number().int().min(1) });

export const userMethods = {
  'session.login': defineMethod({
    summary: 'Sign in with user name and password.',
    kind: 'query',
    access: 'public',
    input: z.object({ username: usernameSchema, password: passwordSchema }),
    result: z.object({ user: userSummarySchema }),
    errors: ['WRONG_PASSWORD', 'ACCOUNT_LOCKED', 'ACCOUNT_DISABLED'],
  }),
  'session.current': defineMethod({
    summary: 'Who is signed in.',
    kind: 'query',
    access: 'password-change',
    input: z.object({}),
    result: z.object({ user: userSummarySchema }),
    errors: ['NOT_SIGNED_IN'],
  }),
  'session.changePassword': defineMethod({
    summary: 'Replace your own password (required after an administrator set it).',
    kind: 'command',
    access: 'password-change',
    input: z.object({ currentPassword: passwordSchema, newPassword: passwordSchema }),
    result: z.object({ user: userSummarySchema }),
    errors: ['WRONG_PASSWORD', 'PASSWORD_TOO_WEAK', 'PASSWORD_REUSED', 'ACCOUNT_LOCKED', 'SIGNING_KEY_LOCKED', 'SIGNING_KEY_DAMAGED'],
  }),
  'session.logout': defineMethod({
    summary: 'Sign out.',
    kind: 'query',
    access: 'password-change',
    input: z.object({}),
    result: z.object({}),
    errors: [],
  }),
  'users.list': defineMethod({
    summary: 'All users, disabled ones included.',
    kind: 'query',
    access: 'signed-in',
    input: z.object({}),
    result: z.array(userSummarySchema),
    errors: [],
  }),
  'users.add': defineMethod({
    summary: 'Add a user with an initial password they must change at first sign-in.',
    kind: 'command',
    access: 'users.manage',
    input: z.object({
      username: usernameSchema,
      fullName: singleLineText('Full name', 200),
      roles: z.array(roleSchema).min(1, 'Give the user at least one role.'),
      initialPassword: passwordSchema,
      // Optional so scripts that add users keep working; the app always asks for one.
      reason: reason.optional(),
    }),
    result: userSummarySchema,
    errors: ['USER_EXISTS', 'PASSWORD_TOO_WEAK', 'PERMISSION_DENIED'],
  }),
  'users.setRoles': defineMethod({
    summary: "Change a user's roles.",
    kind: 'command',
    access: 'users.manage',
    input: z.object({ username: usernameSchema, roles: z.array(roleSchema).min(1), reason }),
    result: userSummarySchema,
    errors: ['USER_NOT_FOUND', 'LAST_ADMIN', 'OWN_ROLES_UNCHANGEABLE'],
  }),
  'users.disable': defineMethod({
    summary: 'Disable a user (users are never deleted).',
    kind: 'command',
    access: 'users.manage',
    input: z.object({ username: usernameSchema, reason }),
    result: userSummarySchema,
    errors: ['USER_NOT_FOUND', 'LAST_ADMIN'],
  }),
  'users.enable': defineMethod({
    summary: 'Enable a disabled user again.',
    kind: 'command',
    access: 'users.manage',
    input: z.object({ username: usernameSchema, reason }),
    result: userSummarySchema,
    errors: ['USER_NOT_FOUND'],
  }),
  'users.unlock': defineMethod({
    summary: 'Unlock a user locked out after failed attempts.',
    kind: 'command',
    access: 'users.manage',
    input: z.object({ username: usernameSchema, reason }),
    result: userSummarySchema,
    errors: ['USER_NOT_FOUND'],
  }),
  'users.confirmIdentity': defineMethod({
    summary: 'Confirm that the signing key a user was issued after a password reset is theirs (another controller or administrator; password re-entered).',
    kind: 'command',
    access: 'signed-in',
    input: z.object({ username: usernameSchema, password: passwordSchema, reason }),
    result: userSummarySchema,
    errors: ['USER_NOT_FOUND', 'PERMISSION_DENIED', 'IDENTITY_NOT_CONFIRMABLE', 'IDENTITY_CONFIRMER_NOT_INDEPENDENT', 'WRONG_PASSWORD', 'ACCOUNT_LOCKED'],
  }),
  'users.resetPassword': defineMethod({
    summary: "Set a user's password; they must change it at next sign-in.",
    kind: 'command',
    access: 'users.manage',
    input: z.object({ username: usernameSchema, newPassword: passwordSchema, reason }),
    result: userSummarySchema,
    errors: ['USER_NOT_FOUND', 'PASSWORD_TOO_WEAK'],
  }),
};
