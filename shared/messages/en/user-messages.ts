import type { userErrorCodes } from '../../errors/user-error-codes';
import type { SentencesFor } from '../message-catalogue';
import { ordinal, permissionWords } from './english-words';

const refusedInBrowser = {
  export: 'Exporting to a file path is not available in the browser; use the download link instead.',
  print: 'Printing to a file path is not available in the browser; the print comes back as a download instead.',
  'compare-report': 'Saving a report to a file path is not available in the browser; it comes back as a download instead.',
  'master-list': 'Saving the master document list to a file path is not available in the browser; it comes back as a download instead.',
  backup: 'Backups are not available in the browser; back up the vault on the machine that holds it.',
  view: 'The document viewer loads its pages from its own address in the browser; open the document from the register.',
} as const;

export const userMessages: SentencesFor<typeof userErrorCodes> = {
  NOT_SIGNED_IN: ({ reason }) =>
    reason
      ? {
          'user-not-named': 'Sign in first: say which user runs this command.',
          'password-not-given': 'A password is needed, and there is no terminal to type it on.',
          cancelled: 'Cancelled.',
        }[reason]
      : 'Sign in first.',
  SESSION_EXPIRED: () => 'Your session has ended. Sign in again.',
  WRONG_PASSWORD: ({ attemptsLeft }) =>
    attemptsLeft === undefined
      ? 'The user name or password is wrong.'
      : `The user name or password is wrong. ${attemptsLeft === 1 ? '1 attempt is left' : `${attemptsLeft} attempts are left`} before the account is locked.`,
  ACCOUNT_LOCKED: ({ lockedAfter }) =>
    lockedAfter
      ? `Wrong password. That was the ${ordinal(lockedAfter)} failed attempt: the account is now locked until an administrator unlocks it.`
      : 'This account is locked after too many failed attempts. Ask an administrator to unlock it.',
  ACCOUNT_DISABLED: () => 'This account is disabled.',
  PASSWORD_CHANGE_REQUIRED: () => 'Your password was set by an administrator: change it before doing anything else.',
  PASSWORD_TOO_WEAK: (p) =>
    `The password is too weak: ${
      p.rule === 'too-short'
        ? `use at least ${p.minLength} characters`
        : p.rule === 'one-class'
          ? 'mix at least two of lower case, upper case, digits and symbols'
          : 'do not include your user name'
    }.`,
  PASSWORD_REUSED: () => 'The new password must differ from the current one.',
  PERMISSION_DENIED: (p) => {
    switch (p.reason) {
      case 'permission':
        return `${p.username} (${p.roles.join(', ')}) may not ${permissionWords[p.permission]}; ask an administrator for a role that may.${p.permission === 'prints.controlled' ? ' Print an uncontrolled copy instead.' : ''}`;
      case 'sign-as':
        return `${p.username} (${p.roles.join(', ')}) may not ${p.act === 'reject' ? 'reject' : 'sign'} as ${p.stage === 'review' ? 'reviewer' : 'approver'}; ask an administrator for a role that may ${permissionWords[p.permission]}.`;
      case 'confirm-identity':
        return `${p.username} (${p.roles.join(', ')}) may not confirm identities: only a controller or an administrator may.`;
      case 'owner-or-controller':
        return p.act === 'periodic-review'
          ? `Only the owner of ${p.number} (${p.owner}) or a document controller may record its periodic review.`
          : p.act === 'replace-content'
            ? `Only the author (${p.owner}) or a document controller may give ${p.number} ${p.label ?? ''} a new file.`.replace('  ', ' ')
            : `Only the author (${p.owner}) or a document controller may ${p.act} ${p.number} ${p.label ?? ''}.`.replace(' .', '.');
      case 'restore-not-admin':
        return `${p.username} is not an administrator of the backed-up vault; only an administrator may restore it.`;
      case 'not-in-browser':
        return refusedInBrowser[p.act];
      case 'loopback-only':
        return 'This server answers only to 127.0.0.1 and localhost.';
      case 'request-refused':
        return {
          'other-host': 'Refused: the request was addressed to another host name.',
          'other-page': 'Refused: the request came from another web page.',
          'missing-header': 'Refused: the request did not come from this page.',
        }[p.why];
    }
  },
  USER_EXISTS: ({ username }) => `The user name "${username}" is taken (user names are never reused).`,
  USER_NOT_FOUND: (p) => ('username' in p ? `There is no user "${p.username}".` : `There is no user with id ${p.id}.`),
  LAST_ADMIN: ({ username }) => `${username} is the last active administrator; add another administrator first.`,
  OWN_ROLES_UNCHANGEABLE: ({ username }) => `${username} cannot change their own roles: another administrator must do it.`,
  IDENTITY_NOT_CONFIRMABLE: ({ username, why, keyId, confirmedAt }) =>
    ({
      'no-key-yet': `${username} has not set their own password since the reset, so there is no signing key to confirm yet.`,
      'not-after-reset': `${username}'s signing key ${keyId} was not issued after a password reset; there is nothing to confirm.`,
      'already-confirmed': `${username}'s signing key ${keyId} was already confirmed on ${confirmedAt}.`,
    })[why],
  IDENTITY_CONFIRMER_NOT_INDEPENDENT: ({ username, who }) =>
    who === 'self'
      ? `Nobody confirms their own identity: another controller or administrator must confirm ${username}'s.`
      : `You reset ${username}'s password, so another controller or administrator must confirm the identity.`,
};
