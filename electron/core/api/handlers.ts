import type { MethodName } from '../../../shared/contract';
import type { HandlerTable } from './handler-table';
import { documentHandlers } from './document-handlers';
import { userHandlers } from './user-handlers';
import { vaultHandlers } from './vault-handlers';
import { workflowHandlers } from './workflow-handlers';
import { historyHandlers } from './history-handlers';
import { printHandlers } from './print-handlers';
import { viewerHandlers } from './viewer-handlers';
import { adminHandlers } from './admin-handlers';
import { homeHandlers } from './home-handlers';
import { searchHandlers } from './search-handlers';
import { importHandlers } from './import-handlers';
import { registerHandlers } from './register-handlers';
import { changeHandlers } from './change-handlers';
import { auditPackHandlers } from './audit-pack-handlers';
import { trainingHandlers } from './training-handlers';

/** Every method but sign-in (which the dispatcher handles, as it opens the session). */
export const handlers: HandlerTable<Exclude<MethodName, 'session.login'>> = {
  ...userHandlers,
  ...documentHandlers,
  ...vaultHandlers,
  ...workflowHandlers,
  ...historyHandlers,
  ...printHandlers,
  ...viewerHandlers,
  ...adminHandlers,
  ...homeHandlers,
  ...searchHandlers,
  ...importHandlers,
  ...registerHandlers,
  ...changeHandlers,
  ...auditPackHandlers,
  ...trainingHandlers,
};
