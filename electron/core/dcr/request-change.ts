import type { ChangeRequest, ParsedInput } from '../../../shared/contract';
import { QuireError } from '../../../shared/errors';
import { appendAuditEvent } from '../audit/append-audit-event';
import { storeImportedContent } from '../content/content-store';
import { prepareImport } from '../content/prepare-import';
import { actorOf, writeTransaction, type CallContext } from '../core-context';
import { labelOf, requireDocumentRow, revisionRows } from '../documents/document-queries';
import { requireVisibleRevision } from '../documents/revision-access';
import { closeLinkedChangeChecksByRequest } from '../links/linked-change-checks';
import { readVaultSettings } from '../vault/vault-settings';
import { statement } from '../vault/statements';
import { changeRequestRowById, toChangeRequest } from './change-request-queries';

/** The next number in the vault's one DCR sequence: DCR-0001, DCR-0002, … (never reused). */
function nextChangeRequestNumber(ctx: CallContext): string {
  const last = statement<[], { id: number }>(ctx.vault.db, "SELECT coalesce(max(id), 0) AS id FROM change_requests").get()!;
  return `DCR-${String(last.id + 1).padStart(4, '0')}`;
}

/**
 * Records a request to change a document, from anyone who may read it (readers on the shop floor
 * included), against the revision they can see (the one in force; for authors and controllers the newest).
 * A marked-up file passes the same import checks as any content and is stored once per SHA-256.
 * Raising it closes the requester's open "linked document changed" checks on that document.
 */
export async function requestChange(ctx: CallContext, input: ParsedInput<'changeRequests.create'>): Promise<ChangeRequest> {
  const db = ctx.vault.db;
  const document = requireDocumentRow(db, input.number);
  if (document.status === 'obsolete') throw new QuireError('DOCUMENT_OBSOLETE', { number: document.number, act: 'request-change' });
  const revisions = revisionRows(db, document.id);
  const against = revisions.findLast((r) => r.state === 'effective') ?? revisions.at(-1)!;
  requireVisibleRevision(ctx, document, against);
  const markup = input.file ? await prepareImport(input.file.path, readVaultSettings(db).maxContentBytes) : null;
  return writeTransaction(ctx, () => {
    const now = ctx.now();
    const number = nextChangeRequestNumber(ctx);
    const stored = markup ? storeImportedContent(db, markup, now) : null;
    const { lastInsertRowid } = statement(
      db,
      `INSERT INTO change_requests (number, document_id, against_revision_id, reason, proposal, markup_content_id, markup_sha256, markup_file_name,
                                    markup_media_type, requested_by, requested_at, state)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'open')`,
    ).run(number, document.id, against.id, input.reason, input.proposal ?? null, stored?.contentId ?? null, stored?.sha256 ?? null, markup?.fileName ?? null, markup?.mediaType ?? null, ctx.user.id, now.toISOString());
    const id = Number(lastInsertRowid);
    appendAuditEvent(db, actorOf(ctx), {
      action: 'change_request.raised',
      entityType: 'document',
      entityId: document.id,
      newValue: { document: document.number, changeRequest: number, against: labelOf(against), proposal: input.proposal ?? null, markupSha256: stored?.sha256 ?? null, markupFileName: markup?.fileName ?? null },
      reason: input.reason,
    }, now);
    closeLinkedChangeChecksByRequest(db, actorOf(ctx), { documentId: document.id, documentNumber: document.number, requesterId: ctx.user.id, changeRequestId: id, changeRequest: number }, now);
    return toChangeRequest(changeRequestRowById(db, id));
  });
}
