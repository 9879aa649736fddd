export const userErrorCodes = {
  NOT_SIGNED_IN: 'Sign in first.',
  SESSION_EXPIRED: 'Your session has ended. Sign in again.',
  WRONG_PASSWORD: 'The user name or password is wrong.',
  ACCOUNT_LOCKED: 'This account is locked after too many failed attempts. Ask an administrator to unlock it.',
  ACCOUNT_DISABLED: 'This account is disabled.',
  PASSWORD_CHANGE_REQUIRED: 'Your password was set by an administrator: change it before doing anything else.',
  PASSWORD_TOO_WEAK: 'The new password is too weak.',
  PASSWORD_REUSED: 'The new password must differ from the current one.',
  PERMISSION_DENIED: 'You do not have permission to do that.',
  USER_EXISTS: 'That user name is taken (user names are never reused).',
  USER_NOT_FOUND: 'There is no such user.',
  LAST_ADMIN: 'This is the last active administrator; the vault would be left without one.',
} as const;
