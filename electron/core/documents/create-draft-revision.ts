import type { ParsedInput, Revision } from '../../../shared/contract';
import { QuireError } from '../../../shared/errors';
import { actStates, revisionStateFacts } from '../../../shared/lifecycle';
import { appendAuditEvent } from '../audit/append-audit-event';
import { prepareImport } from '../content/prepare-import';
import { actorOf, writeTransaction, type CallContext } from '../core-context';
import { readVaultSettings } from '../vault/vault-settings';
import { changeRevisionState } from './change-revision-state';
import { labelOf, requireDocumentRow, revisionRowById, revisionRows, toRevision, type RevisionRow } from './document-queries';
import { insertDraftRevision } from './insert-revision';
import { attachSuppliedRendition, prepareSuppliedRendition, requireRenditionNeeded } from './supplied-rendition';
import { nextReleasedLabel } from './revision-labels';


/**
 * Starts the next draft of a document from a new file. After a released revision B the draft
 * is C.1; while a draft B.1 is still open it is replaced by B.2 (kept in history as 'replaced').
 * A revision under review or approval must be decided first. The author's PDF rendition, when
 * supplied, is checked before and attached in the same transaction.
 */
export async function createDraftRevision(ctx: CallContext, input: ParsedInput<'revisions.createDraft'>): Promise<Revision> {
  const db = ctx.vault.db;
  const settings = readVaultSettings(db);
  const document = requireDocumentRow(db, input.number);
  if (document.status === 'obsolete') throw new QuireError('DOCUMENT_OBSOLETE', { number: document.number, act: 'new-revision' });
  if (!input.changeSummary) throw new QuireError('CHANGE_SUMMARY_REQUIRED', { number: document.number });
  const content = await prepareImport(input.file.path, settings.maxContentBytes);
  if (input.rendition) requireRenditionNeeded(content);
  const rendition = input.rendition ? await prepareSuppliedRendition(input.rendition.path, settings.maxContentBytes) : null;
  const now = ctx.now();

  return writeTransaction(ctx, () => {
    const revisions = revisionRows(db, document.id);
    const latest = revisions.at(-1);
    if (latest && !actStates('createDraft').includes(latest.state)) {
      throw new QuireError('REVISION_IN_WORKFLOW', { number: document.number, label: labelOf(latest), state: latest.state });
    }
    const released = (r: RevisionRow) => revisionStateFacts[r.state].releasedLabel;
    const lastReleased = revisions.findLast(released);
    const majorLabel = latest && !released(latest) ? latest.major_label : nextReleasedLabel(lastReleased?.major_label ?? null, settings.revisionLabelScheme);
    const draftNumber = 1 + Math.max(0, ...revisions.filter((r) => r.major_label === majorLabel).map((r) => r.draft_number));
    if (latest?.state === 'draft') {
      changeRevisionState(db, latest.id, 'replace');
      appendAuditEvent(db, actorOf(ctx), {
        action: 'revision.replaced',
        entityType: 'revision',
        entityId: latest.id,
        oldValue: { state: 'draft' },
        newValue: { state: 'replaced', by: `${majorLabel}.${draftNumber}` },
      }, now);
    }
    const id = insertDraftRevision(db, actorOf(ctx), {
      documentId: document.id,
      documentNumber: document.number,
      majorLabel,
      draftNumber,
      authorId: ctx.user.id,
      changeSummary: input.changeSummary ?? null,
    }, content, now);
    if (rendition) attachSuppliedRendition(db, actorOf(ctx), document, revisionRowById(db, id), rendition, now);
    return toRevision(revisionRowById(db, id));
  });
}
