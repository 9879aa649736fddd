import type { DocumentRecord, ParsedInput } from '../../../shared/contract';
import { QuireError } from '../../../shared/errors';
import { prepareImport } from '../content/prepare-import';
import { actorOf, writeTransaction, type CallContext } from '../core-context';
import { requireUserRow } from '../users/user-records';
import { readVaultSettings } from '../vault/vault-settings';
import { statement } from '../vault/statements';
import { allocateDocumentNumber } from './document-number';
import { documentDetail, requireDocumentRow, revisionRowById } from './document-queries';
import { attachSuppliedRendition, prepareSuppliedRendition, requireRenditionNeeded } from './supplied-rendition';
import { insertDraftRevision } from './insert-revision';
import { releasedLabelAt } from './revision-labels';
import { insertDocumentRecord } from './insert-document-record';

interface DocumentTypeRow {
  code: string;
  numbering_pattern: string;
  review_interval_months: number;
  retention_years: number;
  is_external: number;
}

/**
 * Registers a controlled document and its first draft revision (A.1) in one transaction:
 * the number (given or allocated from the type's pattern), the stored content, the author's PDF
 * rendition when one is supplied, the audit events.
 */
export async function registerDocument(ctx: CallContext, input: ParsedInput<'documents.register'>): Promise<DocumentRecord> {
  const db = ctx.vault.db;
  const type = statement<[string], DocumentTypeRow>(db, 'SELECT * FROM document_types WHERE code = ?').get(input.type);
  if (!type) {
    const known = statement<[], { code: string }>(db, 'SELECT code FROM document_types ORDER BY code').all().map((t) => t.code);
    throw new QuireError('DOCUMENT_TYPE_UNKNOWN', { type: input.type, known });
  }
  if (type.is_external && !input.external) {
    throw new QuireError('INVALID_INPUT', { problem: 'external-source-required', type: type.code });
  }
  const settings = readVaultSettings(db);
  const content = await prepareImport(input.file.path, settings.maxContentBytes);
  if (input.rendition) requireRenditionNeeded(content);
  const rendition = input.rendition ? await prepareSuppliedRendition(input.rendition.path, settings.maxContentBytes) : null;
  const now = ctx.now();

  return writeTransaction(ctx, () => {
    const owner = input.owner ? requireUserRow(db, input.owner) : { id: ctx.user.id };
    let number: string;
    if (input.number) {
      if (statement<[string], { id: number }>(db, 'SELECT id FROM documents WHERE number = ?').get(input.number)) {
        throw new QuireError('DOCUMENT_NUMBER_TAKEN', { number: input.number });
      }
      number = input.number;
    } else {
      number = allocateDocumentNumber(db, type.numbering_pattern, { type: type.code, department: input.department ?? null, year: now.getUTCFullYear() });
    }
    const { id: documentId } = insertDocumentRecord(db, actorOf(ctx), {
      number,
      title: input.title,
      type: type.code,
      department: input.department ?? null,
      ownerId: owner.id,
      reviewIntervalMonths: input.reviewIntervalMonths ?? type.review_interval_months,
      retentionYears: input.retentionYears ?? type.retention_years,
      external: input.external ?? null,
    }, now);
    const document = requireDocumentRow(db, number);
    const revisionId = insertDraftRevision(db, actorOf(ctx), {
      documentId,
      documentNumber: number,
      majorLabel: releasedLabelAt(0, settings.revisionLabelScheme),
      draftNumber: 1,
      authorId: ctx.user.id,
      changeSummary: input.changeSummary ?? null,
    }, content, now);
    if (rendition) attachSuppliedRendition(db, actorOf(ctx), document, revisionRowById(db, revisionId), rendition, now);
    return documentDetail(db, document);
  });
}
