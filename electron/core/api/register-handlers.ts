import { registerWindow } from '../documents/register-query';
import { worksOnDocuments } from '../documents/revision-access';
import { writeMasterList } from '../reports/write-master-list';
import type { HandlerTable } from './handler-table';

export const registerHandlers: HandlerTable<'documents.list' | 'documents.exportMasterList'> = {
  // Readers get the register of what is in force: documents without an effective revision are left out.
  'documents.list': (ctx, input) => registerWindow(ctx.vault.db, input, worksOnDocuments(ctx.user)),
  'documents.exportMasterList': (ctx, input) => writeMasterList(ctx, input),
};
