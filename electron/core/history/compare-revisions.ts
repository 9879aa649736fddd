import type { ParsedInput, RevisionComparison } from '../../../shared/contract';
import { changeRequestsOfRevision } from '../dcr/change-request-queries';
import { revisionStateFacts } from '../../../shared/lifecycle';
import type { CallContext } from '../core-context';
import { compareInWorker } from '../diff/compare-in-worker';
import { compareRevisionMetadata } from '../diff/compare-revision-metadata';
import { labelOf, requireDocumentRow, requireRevisionByLabel, type RevisionRow } from '../documents/document-queries';
import { requireVisibleRevision } from '../documents/revision-access';
import { readContentText } from '../text/content-text-store';
import { signatureRows, toSignature } from '../workflow/signature-queries';
import { metadataAt } from './metadata-at';


/** The moment whose metadata a revision is compared with: its approval, or now while it is still open. */
function momentOf(revision: RevisionRow, now: Date): string {
  return revision.approved_at ?? (revisionStateFacts[revision.state].inProgress ? now.toISOString() : revision.created_at);
}

function side(ctx: CallContext, revision: RevisionRow, hasText: boolean) {
  return {
    label: labelOf(revision),
    state: revision.state,
    sha256: revision.sha256,
    fileName: revision.file_name,
    effectiveDate: revision.effective_date,
    changeSummary: revision.change_summary,
    changeRequests: changeRequestsOfRevision(ctx.vault.db, revision).map((c) => ({ number: c.number, reason: c.reason, state: c.state })),
    signatures: signatureRows(ctx.vault.db, { revisionId: revision.id }).map(toSignature),
    text: hasText ? ('extracted' as const) : ('not-extracted' as const),
  };
}

/**
 * Compares two revisions of one document: their text page by page down to words (on a worker
 * thread, with a time limit), their metadata as it stood at each, their change summaries and signatures.
 */
export async function compareRevisions(ctx: CallContext, input: ParsedInput<'revisions.compare'>): Promise<RevisionComparison> {
  const db = ctx.vault.db;
  const document = requireDocumentRow(db, input.number);
  const older = requireRevisionByLabel(db, document, input.from);
  const newer = requireRevisionByLabel(db, document, input.to);
  requireVisibleRevision(ctx, document, older);
  requireVisibleRevision(ctx, document, newer);
  const oldText = readContentText(db, older.content_id);
  const newText = readContentText(db, newer.content_id);
  const now = ctx.now();
  const metadataChanges = compareRevisionMetadata({ ...metadataAt(db, document, momentOf(older, now)) }, { ...metadataAt(db, document, momentOf(newer, now)) });
  const unavailable = oldText.status !== 'ok' ? `${input.from}: ${oldText.reason}` : newText.status !== 'ok' ? `${input.to}: ${newText.reason}` : null;
  const text = oldText.status === 'ok' && newText.status === 'ok'
    ? await compareInWorker(oldText, newText, {
        ignoreWhitespace: input.ignoreWhitespace ?? false,
        ignoreLineWrap: input.ignoreLineWrap ?? false,
        ignoreHeadersFooters: input.ignoreHeadersFooters ?? false,
      })
    : null;
  return {
    document: document.number,
    title: document.title,
    old: side(ctx, older, oldText.status === 'ok'),
    new: side(ctx, newer, newText.status === 'ok'),
    metadataChanges,
    text,
    textUnavailable: unavailable ? `The text of revision ${unavailable}; only metadata, summaries and signatures are compared.` : null,
  };
}
