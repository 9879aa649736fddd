// Every stable error code, with the default sentence shown when a call site has nothing more specific.
// Each domain keeps its codes in its own file; this index merges them.
import { vaultErrorCodes } from './vault-error-codes';
import { userErrorCodes } from './user-error-codes';
import { documentErrorCodes } from './document-error-codes';
import { contentErrorCodes } from './content-error-codes';
import { signatureErrorCodes } from './signature-error-codes';
import { workflowErrorCodes } from './workflow-error-codes';
import { comparisonErrorCodes } from './comparison-error-codes';
import { pdfErrorCodes } from './pdf-error-codes';
import { printErrorCodes } from './print-error-codes';

export const errorCodes = {
  INVALID_INPUT: 'The request is not valid.',
  UNKNOWN_METHOD: 'There is no such operation.',
  INTERNAL: 'Something went wrong inside Quire. Nothing was changed; please report this.',
  ...vaultErrorCodes,
  ...userErrorCodes,
  ...documentErrorCodes,
  ...contentErrorCodes,
  ...signatureErrorCodes,
  ...workflowErrorCodes,
  ...comparisonErrorCodes,
  ...pdfErrorCodes,
  ...printErrorCodes,
} as const;

export type ErrorCode = keyof typeof errorCodes;
