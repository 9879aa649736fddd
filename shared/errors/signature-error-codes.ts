import { params, type ErrorCodeTable } from './error-code-spec';

export const signatureErrorCodes = {
  SIGNING_KEY_LOCKED: params(),
  SIGNING_KEY_DAMAGED: params(),
  SIGNING_KEY_INVALID: params(),
  SIGNING_PASSWORD_REQUIRED: params(),
  /** `field` names the manifest field at fault, when one is; the technical why stays in the details. */
  SIGNATURE_MANIFEST_INVALID: params<{ field?: string }>(),
} as const satisfies ErrorCodeTable;
