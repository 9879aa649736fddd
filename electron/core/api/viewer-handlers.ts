import { requireDocumentRow, requireRevisionByLabel } from '../documents/document-queries';
import { requireVisibleRevision } from '../documents/revision-access';
import { recordViewing } from '../viewer/revision-viewings';
import type { HandlerTable } from './handler-table';

export const viewerHandlers: HandlerTable<'revisions.viewPdf' | 'revisions.recordViewing'> = {
  'revisions.viewPdf': async (ctx, input) => {
    const document = requireDocumentRow(ctx.vault.db, input.number);
    const revision = requireRevisionByLabel(ctx.vault.db, document, input.label);
    // Issue 9's reader rule: a reader sees only what is in force.
    requireVisibleRevision(ctx, document, revision);
    // Loaded when first used: the PDF engine stays out of commands that never show a document.
    const { viewablePdf } = await import('../viewer/viewable-pdf');
    return viewablePdf(ctx, document, revision);
  },
  'revisions.recordViewing': (ctx, input) => recordViewing(ctx, input),
};
