import { exportContentToFile } from '../content/export-content';
import { createDraftRevision } from '../documents/create-draft-revision';
import { documentDetail, requireDocumentRow, requireRevisionByLabel } from '../documents/document-queries';
import { registerDocument } from '../documents/register-document';
import { requireVisibleRevision, revisionVisibility } from '../documents/revision-access';
import { withAvailableActs } from '../workflow/available-acts';
import type { HandlerTable } from './handler-table';

interface DocumentTypeRow {
  code: string;
  name: string;
  numbering_pattern: string;
  review_interval_months: number;
  retention_years: number;
  is_external: number;
}

export const documentHandlers: HandlerTable<
  'documentTypes.list' | 'documents.register' | 'documents.get' | 'revisions.createDraft' | 'revisions.exportContent'
> = {
  'documentTypes.list': (ctx) =>
    (ctx.vault.db.prepare('SELECT * FROM document_types ORDER BY code').all() as DocumentTypeRow[]).map((t) => ({
      code: t.code,
      name: t.name,
      numberingPattern: t.numbering_pattern,
      reviewIntervalMonths: t.review_interval_months,
      retentionYears: t.retention_years,
      external: t.is_external === 1,
    })),
  'documents.register': async (ctx, input) => withAvailableActs(ctx, await registerDocument(ctx, input)),
  'documents.get': (ctx, input) => withAvailableActs(ctx, documentDetail(ctx.vault.db, requireDocumentRow(ctx.vault.db, input.number), revisionVisibility(ctx.vault.db, ctx.user))),
  'revisions.createDraft': (ctx, input) => createDraftRevision(ctx, input),
  'revisions.exportContent': (ctx, input) => {
    const document = requireDocumentRow(ctx.vault.db, input.number);
    const revision = requireRevisionByLabel(ctx.vault.db, document, input.label);
    requireVisibleRevision(ctx, document, revision);
    return exportContentToFile(ctx.vault.db, revision.content_id, revision.sha256, input.destination);
  },
};
