import { exportContentToFile } from '../content/export-content';
import { createDraftRevision } from '../documents/create-draft-revision';
import type Database from 'better-sqlite3';
import type { Printability, Revision } from '../../../shared/contract';
import { documentDetail, requireDocumentRow, requireRevisionByLabel, revisionRowById } from '../documents/document-queries';
import { attachRendition } from '../documents/supplied-rendition';
import { revisionPrintability } from '../prints/revision-printability';
import { registerDocument } from '../documents/register-document';
import { listDocumentTypes } from '../documents/administer-document-types';
import { replaceDraftContent } from '../documents/replace-draft-content';
import { requireVisibleRevision, revisionVisibility } from '../documents/revision-access';
import { withAvailableActs } from '../workflow/available-acts';
import type { HandlerTable } from './handler-table';

/** A revision with whether this desktop can print it: said when it is drafted, not when it is needed on paper. */
function withPrintability<R extends Revision>(db: Database.Database, revision: R): R & { printability: Printability } {
  return { ...revision, printability: revisionPrintability(db, revisionRowById(db, revision.id)) };
}

export const documentHandlers: HandlerTable<
  'documentTypes.list' | 'documents.register' | 'documents.get' | 'revisions.createDraft' | 'revisions.replaceContent' | 'revisions.attachRendition' | 'revisions.exportContent'
> = {
  'documentTypes.list': (ctx) => listDocumentTypes(ctx.vault.db),
  'documents.register': async (ctx, input) => {
    const detail = withAvailableActs(ctx, await registerDocument(ctx, input));
    return { ...detail, printability: revisionPrintability(ctx.vault.db, revisionRowById(ctx.vault.db, detail.revisions.at(-1)!.id)) };
  },
  'documents.get': (ctx, input) => withAvailableActs(ctx, documentDetail(ctx.vault.db, requireDocumentRow(ctx.vault.db, input.number), revisionVisibility(ctx.vault.db, ctx.user))),
  'revisions.createDraft': async (ctx, input) => withPrintability(ctx.vault.db, await createDraftRevision(ctx, input)),
  'revisions.replaceContent': (ctx, input) => replaceDraftContent(ctx, input),
  'revisions.attachRendition': async (ctx, input) => withPrintability(ctx.vault.db, await attachRendition(ctx, input)),
  'revisions.exportContent': (ctx, input) => {
    const document = requireDocumentRow(ctx.vault.db, input.number);
    const revision = requireRevisionByLabel(ctx.vault.db, document, input.label);
    requireVisibleRevision(ctx, document, revision);
    return exportContentToFile(ctx.vault.db, revision.content_id, revision.sha256, input.destination);
  },
};
