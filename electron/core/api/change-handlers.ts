import { changeRecordOf } from '../change-records/change-record';
import { writeChangeRecordPdf } from '../change-records/write-change-record-pdf';
import { changeRequestRegister } from '../dcr/change-request-queries';
import { decideChangeRequest } from '../dcr/decide-change-request';
import { requestChange } from '../dcr/request-change';
import { requireDocumentRow } from '../documents/document-queries';
import { documentLinks, linkDocuments } from '../links/document-links';
import { recordNoChangeNeeded } from '../links/linked-change-checks';
import type { HandlerTable } from './handler-table';

export const changeHandlers: HandlerTable<
  'changeRequests.create' | 'changeRequests.list' | 'changeRequests.decide' | 'changeRecords.get' | 'changeRecords.exportPdf' | 'documents.link' | 'documents.links' | 'linkedChanges.noChangeNeeded'
> = {
  'changeRequests.create': (ctx, input) => requestChange(ctx, input),
  'changeRequests.list': (ctx, input) => changeRequestRegister(ctx.vault.db, { status: input.status, documentId: input.number ? requireDocumentRow(ctx.vault.db, input.number).id : undefined }),
  'changeRequests.decide': (ctx, input) => decideChangeRequest(ctx, input),
  'changeRecords.get': (ctx, input) => changeRecordOf(ctx.vault.db, requireDocumentRow(ctx.vault.db, input.number), ctx.user),
  'changeRecords.exportPdf': (ctx, input) => writeChangeRecordPdf(ctx, input),
  'documents.link': (ctx, input) => linkDocuments(ctx, input),
  'documents.links': (ctx, input) => documentLinks(ctx.vault.db, requireDocumentRow(ctx.vault.db, input.number)),
  'linkedChanges.noChangeNeeded': (ctx, input) => recordNoChangeNeeded(ctx, input),
};
