import { requireDocumentRow, requireRevisionByLabel } from '../documents/document-queries';
import { requireVisibleRevision } from '../documents/revision-access';
import { recordViewing } from '../viewer/revision-viewings';
import { viewablePdf } from '../viewer/viewable-pdf';
import type { HandlerTable } from './handler-table';

export const viewerHandlers: HandlerTable<'revisions.viewPdf' | 'revisions.recordViewing'> = {
  'revisions.viewPdf': (ctx, input) => {
    const document = requireDocumentRow(ctx.vault.db, input.number);
    const revision = requireRevisionByLabel(ctx.vault.db, document, input.label);
    // Issue 9's reader rule: a reader sees only what is in force.
    requireVisibleRevision(ctx, document, revision);
    return viewablePdf(ctx, document, revision);
  },
  'revisions.recordViewing': (ctx, input) => recordViewing(ctx, input),
};
