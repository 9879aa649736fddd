import type { DocumentRecord, ParsedInput } from '../../../shared/contract';
import { QuireError } from '../../../shared/errors';
import { appendAuditEvent } from '../audit/append-audit-event';
import { actorOf, writeTransaction, type CallContext } from '../core-context';
import { requireUserRow } from '../users/user-records';
import { statement } from '../vault/statements';
import { documentMetadata } from './document-metadata';
import { documentDetail, requireDocumentRow } from './document-queries';

/**
 * Changes a document's controlled attributes with a reason. The audit event carries the whole
 * metadata before and after, so the metadata at any moment can be read back from the trail.
 */
export function updateDocument(ctx: CallContext, input: ParsedInput<'documents.update'>): DocumentRecord {
  const db = ctx.vault.db;
  return writeTransaction(ctx, () => {
    const before = requireDocumentRow(db, input.number);
    if (before.status === 'obsolete') throw new QuireError('DOCUMENT_OBSOLETE', { number: before.number, act: 'edit' });
    const ownerId = input.owner ? requireUserRow(db, input.owner).id : before.owner_id;
    statement(db, 'UPDATE documents SET title = ?, owner_id = ?, review_interval_months = ?, retention_years = ? WHERE id = ?').run(
      input.title ?? before.title,
      ownerId,
      input.reviewIntervalMonths ?? before.review_interval_months,
      input.retentionYears ?? before.retention_years,
      before.id,
    );
    const after = requireDocumentRow(db, input.number);
    appendAuditEvent(db, actorOf(ctx), { action: 'document.updated', entityType: 'document', entityId: before.id, oldValue: documentMetadata(before), newValue: documentMetadata(after), reason: input.reason }, ctx.now());
    return documentDetail(db, after);
  });
}
