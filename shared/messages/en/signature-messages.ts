import type { signatureErrorCodes } from '../../errors/signature-error-codes';
import type { SentencesFor } from '../message-catalogue';

export const signatureMessages: SentencesFor<typeof signatureErrorCodes> = {
  SIGNING_KEY_LOCKED: () => 'The password does not unlock your signing key. Enter the password you sign in with.',
  SIGNING_KEY_DAMAGED: () => 'The stored signing key is damaged or in an unknown format; it cannot be used. Ask an administrator to issue a new one.',
  SIGNING_KEY_INVALID: () => 'That is not an Ed25519 signing key.',
  SIGNING_PASSWORD_REQUIRED: () => 'A password is required to protect a signing key.',
  SIGNATURE_MANIFEST_INVALID: ({ field }) => (field ? `The signature manifest field "${field}" is not valid.` : 'The signature manifest is not valid.'),
};
