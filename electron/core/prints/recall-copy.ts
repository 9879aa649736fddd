import type { MethodResult, ParsedInput } from '../../../shared/contract';
import { QuireError } from '../../../shared/errors';
import { appendAuditEvent } from '../audit/append-audit-event';
import { actorOf, writeTransaction, type CallContext } from '../core-context';
import { labelOf, requireDocumentRow, revisionRowById } from '../documents/document-queries';
import { statement } from '../vault/statements';
import { insertSignature, prepareSignature } from '../workflow/record-signature';
import { controlledCopyRows, requireControlledCopy, toControlledCopy, type ControlledCopyRow } from './copy-register';

function refuseRecalled(number: string, copy: ControlledCopyRow): void {
  if (copy.status === 'returned' || copy.status === 'destroyed') {
    throw new QuireError('COPY_RECALLED', { number, copyNumber: copy.copy_number, status: copy.status, recalledOn: copy.recalled_at?.slice(0, 10), recalledBy: copy.recalled_by_username ?? undefined, act: 'recall' });
  }
}

/**
 * Records that a controlled copy came back (returned) or was destroyed, as a signed act (meaning:
 * recalled): the signed comment names the copy number, holder, location and outcome, so the signature
 * itself says which paper it closes. A copy of the effective revision may be recalled too (holder
 * left, copy damaged); a copy already recalled is refused.
 */
export async function recallCopy(ctx: CallContext, input: ParsedInput<'copies.recall'>): Promise<MethodResult<'copies.recall'>> {
  const db = ctx.vault.db;
  const document = requireDocumentRow(db, input.number);
  const copy = requireControlledCopy(db, document, input.copyNumber);
  refuseRecalled(document.number, copy);
  const revision = revisionRowById(db, copy.revision_id);
  const statement_ = `Controlled copy No. ${copy.copy_number} of ${document.number} revision ${labelOf(revision)} (copyholder ${copy.copyholder}, location ${copy.location}) ${input.status}${input.comment ? `: ${input.comment}` : '.'}`;
  const prepared = await prepareSignature(ctx, document, revision, 'recalled', input.password, statement_);
  return writeTransaction(ctx, () => {
    const now = ctx.now();
    refuseRecalled(document.number, requireControlledCopy(db, document, input.copyNumber));
    const signature = insertSignature(db, prepared, null);
    statement(db, 'UPDATE controlled_copies SET status = ?, recalled_at = ?, recalled_by = ?, recalled_signature_id = ? WHERE id = ?').run(input.status, now.toISOString(), ctx.user.id, signature.id, copy.id);
    appendAuditEvent(db, actorOf(ctx), {
      action: 'revision.copy_recalled',
      entityType: 'revision',
      entityId: revision.id,
      oldValue: { status: copy.status },
      newValue: { document: document.number, label: labelOf(revision), copyNumber: copy.copy_number, copyholder: copy.copyholder, location: copy.location, status: input.status, signatureId: signature.id },
      reason: input.comment ?? null,
    }, now);
    const updated = controlledCopyRows(db, { documentId: document.id }).find((r) => r.id === copy.id)!;
    return { copy: toControlledCopy(updated), signature };
  });
}
