import type { ParsedInput, Revision } from '../../../shared/contract';
import { QuireError } from '../../../shared/errors';
import { actStates, type RevisionAct } from '../../../shared/lifecycle';
import { appendAuditEvent } from '../audit/append-audit-event';
import { prepareImport, type PreparedImport } from '../content/prepare-import';
import { actorOf, writeTransaction, type CallContext } from '../core-context';
import { readVaultSettings } from '../vault/vault-settings';
import { changeRevisionState } from './change-revision-state';
import { labelOf, requireDocumentRow, revisionRowById, revisionRows, toRevision, type DocumentRow, type RevisionRow } from './document-queries';
import { insertDraftRevision } from './insert-revision';
import { followsReleasedRevision, stateChangeRecord } from '../change-records/change-impact';
import { nextDraftLabel } from './next-draft-label';
import { attachSuppliedRendition, prepareSuppliedRendition, requireRenditionNeeded } from './supplied-rendition';

/**
 * Starts the next draft of a document from a new file. After a released revision B the draft
 * is C.1; while a draft B.1 is still open it is replaced by B.2 (kept in history as 'replaced').
 * A revision under review or approval must be decided first. The author's PDF rendition, when
 * supplied, is checked before and attached in the same transaction.
 */
export async function createDraftRevision(ctx: CallContext, input: ParsedInput<'revisions.createDraft'>): Promise<Revision> {
  const document = requireDocumentRow(ctx.vault.db, input.number);
  if (document.status === 'obsolete') throw new QuireError('DOCUMENT_OBSOLETE', { number: document.number, act: 'new-revision' });
  if (!input.changeSummary) throw new QuireError('CHANGE_SUMMARY_REQUIRED', { number: document.number });
  const { maxContentBytes } = readVaultSettings(ctx.vault.db);
  const content = await prepareImport(input.file.path, maxContentBytes);
  if (input.rendition) requireRenditionNeeded(content);
  const rendition = input.rendition ? await prepareSuppliedRendition(input.rendition.path, maxContentBytes) : null;
  const changeSummary = input.changeSummary;
  return writeTransaction(ctx, () => {
    const draft = writeNextDraft(ctx, document, content, 'createDraft', (latest) => {
      throw new QuireError('REVISION_IN_WORKFLOW', { number: document.number, label: labelOf(latest), state: latest.state });
    }, () => changeSummary, null);
    // Only a revision after a released one has a change record to state; a first issue's draft has none.
    if (input.impact && followsReleasedRevision(ctx.vault.db, revisionRowById(ctx.vault.db, draft.id))) stateChangeRecord(ctx.vault.db, actorOf(ctx), document, revisionRowById(ctx.vault.db, draft.id), { impact: input.impact }, ctx.now());
    if (!rendition) return draft;
    attachSuppliedRendition(ctx.vault.db, actorOf(ctx), document, revisionRowById(ctx.vault.db, draft.id), rendition, ctx.now());
    return toRevision(revisionRowById(ctx.vault.db, draft.id));
  });
}

/**
 * Inside the write transaction: checks the newest revision is in a state `act` applies to (else
 * `refuse`), replaces it if it is an open draft (audited with `replacedBecause`), and stores the new
 * content as the next draft with its audit event. Returns the new draft.
 */
export function writeNextDraft(
  ctx: CallContext,
  document: DocumentRow,
  content: PreparedImport,
  act: RevisionAct,
  refuse: (latest: RevisionRow) => never,
  changeSummaryFor: (latest: RevisionRow | undefined) => string | null,
  replacedBecause: string | null,
): Revision {
  const db = ctx.vault.db;
  const revisions = revisionRows(db, document.id);
  const latest = revisions.at(-1);
  if (latest && !actStates(act).includes(latest.state)) refuse(latest);
  const { majorLabel, draftNumber } = nextDraftLabel(revisions, readVaultSettings(db).revisionLabelScheme);
  if (latest?.state === 'draft') {
    changeRevisionState(db, latest.id, 'replace');
    appendAuditEvent(db, actorOf(ctx), {
      action: 'revision.replaced',
      entityType: 'revision',
      entityId: latest.id,
      oldValue: { state: 'draft' },
      newValue: { state: 'replaced', by: `${majorLabel}.${draftNumber}` },
      reason: replacedBecause,
    }, ctx.now());
  }
  const id = insertDraftRevision(db, actorOf(ctx), {
    documentId: document.id,
    documentNumber: document.number,
    majorLabel,
    draftNumber,
    authorId: ctx.user.id,
    changeSummary: changeSummaryFor(latest),
  }, content, ctx.now());
  return toRevision(revisionRowById(db, id));
}
