import { exportContentToFile } from '../content/export-content';
import { createDraftRevision } from '../documents/create-draft-revision';
import { documentDetail, requireDocumentRow, requireRevisionByLabel } from '../documents/document-queries';
import { registerDocument } from '../documents/register-document';
import { listDocumentTypes } from '../documents/administer-document-types';
import { replaceDraftContent } from '../documents/replace-draft-content';
import { requireVisibleRevision, revisionVisibility } from '../documents/revision-access';
import { withAvailableActs } from '../workflow/available-acts';
import type { HandlerTable } from './handler-table';

export const documentHandlers: HandlerTable<
  'documentTypes.list' | 'documents.register' | 'documents.get' | 'revisions.createDraft' | 'revisions.replaceContent' | 'revisions.exportContent'
> = {
  'documentTypes.list': (ctx) => listDocumentTypes(ctx.vault.db),
  'documents.register': async (ctx, input) => withAvailableActs(ctx, await registerDocument(ctx, input)),
  'documents.get': (ctx, input) => withAvailableActs(ctx, documentDetail(ctx.vault.db, requireDocumentRow(ctx.vault.db, input.number), revisionVisibility(ctx.vault.db, ctx.user))),
  'revisions.createDraft': (ctx, input) => createDraftRevision(ctx, input),
  'revisions.replaceContent': (ctx, input) => replaceDraftContent(ctx, input),
  'revisions.exportContent': (ctx, input) => {
    const document = requireDocumentRow(ctx.vault.db, input.number);
    const revision = requireRevisionByLabel(ctx.vault.db, document, input.label);
    requireVisibleRevision(ctx, document, revision);
    return exportContentToFile(ctx.vault.db, revision.content_id, revision.sha256, input.destination);
  },
};
