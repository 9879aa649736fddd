import { exportAuditTrail } from '../audit/export-audit-trail';
import { pageAuditEvents } from '../audit/page-audit-events';
import { addDocumentType, updateDocumentType } from '../documents/administer-document-types';
import { userAdministration } from '../users/user-administration';
import type { HandlerTable } from './handler-table';

export const adminHandlers: HandlerTable<'users.administration' | 'documentTypes.add' | 'documentTypes.update' | 'audit.page' | 'audit.export'> = {
  'users.administration': (ctx) => userAdministration(ctx.vault.db),
  'documentTypes.add': (ctx, input) => addDocumentType(ctx, input),
  'documentTypes.update': (ctx, input) => updateDocumentType(ctx, input),
  'audit.page': (ctx, input) => pageAuditEvents(ctx.vault.db, input),
  'audit.export': (ctx, input) => exportAuditTrail(ctx.vault.db, input, ctx.user.username, ctx.now()),
};
