import type { MessageCatalogue } from '../message-catalogue';
import { comparisonMessages } from './comparison-messages';
import { contentMessages } from './content-messages';
import { documentMessages } from './document-messages';
import { pdfMessages } from './pdf-messages';
import { printMessages } from './print-messages';
import { importMessages } from './import-messages';
import { auditPackMessages } from './audit-pack-messages';
import { requestMessages } from './request-messages';
import { signatureMessages } from './signature-messages';
import { userMessages } from './user-messages';
import { vaultMessages } from './vault-messages';
import { workflowMessages } from './workflow-messages';
import { changeMessages } from './change-messages';
import { trainingMessages } from './training-messages';

/** The English sentences for every error code. */
export const en: MessageCatalogue = {
  ...requestMessages,
  ...vaultMessages,
  ...userMessages,
  ...documentMessages,
  ...contentMessages,
  ...signatureMessages,
  ...workflowMessages,
  ...comparisonMessages,
  ...pdfMessages,
  ...printMessages,
  ...importMessages,
  ...changeMessages,
  ...auditPackMessages,
  ...trainingMessages,
};
