import type { ParsedInput, Revision } from '../../../shared/contract';
import { QuireError } from '../../../shared/errors';
import { rolesAllow } from '../../../shared/roles';
import { prepareImport } from '../content/prepare-import';
import { writeTransaction, type CallContext } from '../core-context';
import { readVaultSettings } from '../vault/vault-settings';
import { writeNextDraft } from './create-draft-revision';
import { labelOf, requireDocumentRow, revisionRows, type RevisionRow } from './document-queries';

/** Recorded on the replaced draft: fixed wording, part of the record. */
export const contentReplacedReason = 'The draft’s file was replaced.';

/**
 * Gives a draft not yet submitted (typically the one a rejection opened) a new file. A revision's
 * content never changes in place (the vault's triggers forbid it), so the draft is replaced by the
 * next draft number with the new content and its extracted text, keeping the change summary unless a
 * new one is given. Only its author or a controller may. One transaction.
 */
export async function replaceDraftContent(ctx: CallContext, input: ParsedInput<'revisions.replaceContent'>): Promise<Revision> {
  const db = ctx.vault.db;
  const document = requireDocumentRow(db, input.number);
  if (document.status === 'obsolete') throw new QuireError('DOCUMENT_OBSOLETE', { number: document.number, act: 'new-revision' });
  const notDraft = (latest: RevisionRow | undefined): never => {
    throw new QuireError('REVISION_NOT_DRAFT', { number: document.number, act: 'given-new-file', ...(latest ? { label: labelOf(latest), state: latest.state } : {}) });
  };
  const draft = revisionRows(db, document.id).at(-1);
  if (draft?.state !== 'draft') notDraft(draft);
  if (draft!.author_id !== ctx.user.id && !rolesAllow(ctx.user.roles, 'documents.edit')) {
    throw new QuireError('PERMISSION_DENIED', { reason: 'owner-or-controller', act: 'replace-content', number: document.number, label: labelOf(draft!), owner: draft!.author_username });
  }
  const content = await prepareImport(input.file.path, readVaultSettings(db).maxContentBytes);
  return writeTransaction(ctx, () =>
    // The transaction re-reads the newest revision: a submission meanwhile refuses the replacement.
    writeNextDraft(ctx, document, content, 'replaceContent', notDraft, (latest) => input.changeSummary ?? latest?.change_summary ?? null, contentReplacedReason),
  );
}
