import { requireDocumentRow } from '../documents/document-queries';
import { updateDocument } from '../documents/update-document';
import { withAvailableActs } from '../workflow/available-acts';
import { compareRevisions } from '../history/compare-revisions';
import { documentHistory } from '../history/document-history';
import { writeComparisonReport } from '../history/write-comparison-report';
import type { HandlerTable } from './handler-table';

export const historyHandlers: HandlerTable<'documents.update' | 'revisions.compare' | 'revisions.compareReport' | 'documents.history'> = {
  'documents.update': (ctx, input) => withAvailableActs(ctx, updateDocument(ctx, input)),
  'revisions.compare': (ctx, input) => compareRevisions(ctx, input),
  'revisions.compareReport': async (ctx, input) => writeComparisonReport(await compareRevisions(ctx, input), input.destination, `${ctx.user.fullName} (${ctx.user.username})`, ctx.now()),
  'documents.history': (ctx, input) => documentHistory(ctx.vault.db, requireDocumentRow(ctx.vault.db, input.number)),
};
