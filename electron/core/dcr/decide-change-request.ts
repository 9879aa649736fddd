import type { MethodResult, ParsedInput } from '../../../shared/contract';
import { QuireError } from '../../../shared/errors';
import { rolesAllow } from '../../../shared/roles';
import { revisionStateFacts } from '../../../shared/lifecycle';
import { appendAuditEvent } from '../audit/append-audit-event';
import { actorOf, writeTransaction, type CallContext } from '../core-context';
import { insertDraftCopy } from '../documents/insert-draft-copy';
import { labelOf, requireDocumentRow, revisionRowById, revisionRows, type RevisionRow } from '../documents/document-queries';
import { nextDraftLabel } from '../documents/next-draft-label';
import { readVaultSettings } from '../vault/vault-settings';
import { statement } from '../vault/statements';
import { insertSignature, prepareSignature } from '../workflow/record-signature';
import { changeRequestRowById, requireChangeRequestRow, toChangeRequest, type ChangeRequestRow } from './change-request-queries';

/** A revision still on its way to effect (in progress, or approved and not yet effective): an accepted change joins it. */
function underWay(state: RevisionRow['state']): boolean {
  const facts = revisionStateFacts[state];
  return facts.inProgress || (facts.releasedLabel && !facts.wasEffective);
}

function refuseDecided(request: ChangeRequestRow): void {
  if (request.state !== 'open') throw new QuireError('CHANGE_REQUEST_DECIDED', { dcr: request.number, state: request.state });
}

/**
 * Accepts or rejects an open change request with the decider's electronic signature (meaning
 * change-accepted / change-rejected, on the revision the request was raised against). Only the
 * document's owner or a controller decides. Accepting joins the revision already under way, or starts
 * the next draft from the revision in force (the decider its author, the request its change summary).
 * The signature, the decision, any new draft and the audit events commit in one transaction.
 */
export async function decideChangeRequest(ctx: CallContext, input: ParsedInput<'changeRequests.decide'>): Promise<MethodResult<'changeRequests.decide'>> {
  const db = ctx.vault.db;
  const request = requireChangeRequestRow(db, input.dcr);
  const document = requireDocumentRow(db, request.document_number);
  if (document.owner_id !== ctx.user.id && !rolesAllow(ctx.user.roles, 'documents.edit')) {
    throw new QuireError('CHANGE_CONTROL_NOT_ALLOWED', { act: 'decide-change-request', number: document.number, owner: document.owner_username, username: ctx.user.username, dcr: request.number });
  }
  refuseDecided(request);
  if (input.decision === 'accept' && document.status === 'obsolete') throw new QuireError('DOCUMENT_OBSOLETE', { number: document.number, act: 'request-change' });
  const against = revisionRowById(db, request.against_revision_id);
  const meaning = input.decision === 'accept' ? 'change-accepted' : 'change-rejected';
  const prepared = await prepareSignature(ctx, document, against, meaning, input.password, `${request.number}: ${input.comment}`);
  return writeTransaction(ctx, () => {
    const now = ctx.now();
    // Decided meanwhile by someone else: the first decision stands.
    refuseDecided(changeRequestRowById(db, request.id));
    const signature = insertSignature(db, prepared, null);
    let draftId: number | null = null;
    if (input.decision === 'accept') {
      const revisions = revisionRows(db, document.id);
      const newest = revisions.at(-1)!;
      if (underWay(newest.state)) draftId = newest.id;
      else {
        const source = revisions.findLast((r) => r.state === 'effective') ?? newest;
        const label = nextDraftLabel(revisions, readVaultSettings(db).revisionLabelScheme);
        draftId = insertDraftCopy(db, actorOf(ctx), source, { ...label, authorId: ctx.user.id, changeSummary: `${request.number}: ${request.reason}` }, document.number, now);
      }
    }
    statement(db, 'UPDATE change_requests SET state = ?, decided_signature_id = ?, decided_by = ?, decided_at = ?, decision_comment = ?, draft_revision_id = ? WHERE id = ?').run(
      input.decision === 'accept' ? 'accepted' : 'rejected',
      signature.id,
      ctx.user.id,
      now.toISOString(),
      input.comment,
      draftId,
      request.id,
    );
    const draft = draftId === null ? null : labelOf(revisionRowById(db, draftId));
    appendAuditEvent(db, actorOf(ctx), {
      action: input.decision === 'accept' ? 'change_request.accepted' : 'change_request.rejected',
      entityType: 'revision',
      entityId: against.id,
      // Not `state`: on a revision's event that word is the revision's own state.
      oldValue: { changeRequestState: 'open' },
      newValue: { document: document.number, label: labelOf(against), changeRequest: request.number, changeRequestState: input.decision === 'accept' ? 'accepted' : 'rejected', signatureId: signature.id, draft },
      reason: input.comment,
    }, now);
    return { changeRequest: toChangeRequest(changeRequestRowById(db, request.id)), signature, draft };
  });
}
