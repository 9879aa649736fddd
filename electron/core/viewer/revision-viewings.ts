import type { MethodResult, ParsedInput, SignatureMeaning, Viewing } from '../../../shared/contract';
import { QuireError } from '../../../shared/errors';
import { appendAuditEvent } from '../audit/append-audit-event';
import { actorOf, writeTransaction, type CallContext } from '../core-context';
import { labelOf, requireDocumentRow, requireRevisionByLabel, type DocumentRow, type RevisionRow } from '../documents/document-queries';
import { requireVisibleRevision } from '../documents/revision-access';
import { statement } from '../vault/statements';

// A viewing lives in the audit trail alone (action revision.viewed): the trail is the record an
// auditor reads, so "was it seen before it was signed" is answered from the trail itself.

/** The signatures that attest to content, and so need the signer to have seen that content first. */
const meaningsNeedingViewing = ['reviewed', 'approved', 'read-and-understood', 'periodic-review', 'withdrawn'] as const;
type MeaningNeedingViewing = (typeof meaningsNeedingViewing)[number];

function needsViewing(meaning: SignatureMeaning): meaning is MeaningNeedingViewing {
  return (meaningsNeedingViewing as readonly SignatureMeaning[]).includes(meaning);
}

/** What a signature's audit event says about the viewing it rests on. */
export interface ViewingRecord {
  eventId: number;
  how: Viewing['how'];
  pagesShown: number | null;
  pageCount: number | null;
  viewedAt: string;
}

/** Records that the caller was shown a revision's pages (or, from the CLI, declares they opened its file). */
export function recordViewing(ctx: CallContext, input: ParsedInput<'revisions.recordViewing'>): MethodResult<'revisions.recordViewing'> {
  const db = ctx.vault.db;
  const document = requireDocumentRow(db, input.number);
  const revision = requireRevisionByLabel(db, document, input.label);
  requireVisibleRevision(ctx, document, revision);
  if (input.contentSha256 !== revision.sha256) {
    throw new QuireError('CONTENT_TAMPERED', { number: document.number, label: labelOf(revision), sha256Prefix: revision.sha256.slice(0, 16), what: 'content' });
  }
  if (input.pages && input.pages.shown > input.pages.of) throw new QuireError('INVALID_INPUT', { field: 'pages.shown', problem: 'out-of-range', min: 1, max: input.pages.of });
  const viewedAt = ctx.now();
  const viewing = {
    document: document.number,
    revision: labelOf(revision),
    contentSha256: revision.sha256,
    how: input.pages ? ('viewer' as const) : ('declared' as const),
    pagesShown: input.pages?.shown ?? null,
    pageCount: input.pages?.of ?? null,
    viewedAt: viewedAt.toISOString(),
  };
  writeTransaction(ctx, () => appendAuditEvent(db, actorOf(ctx), { action: 'revision.viewed', entityType: 'revision', entityId: revision.id, newValue: viewing }, viewedAt));
  return viewing;
}

/**
 * The caller's fullest viewing (most pages, then latest) of this revision's content: of this revision,
 * or of another revision of the same document with the same bytes (a draft re-opened after a rejection).
 */
export function bestViewing(ctx: CallContext, revision: RevisionRow): ViewingRecord | undefined {
  const rows = statement<[number, string, number, string], { id: number; new_value: string }>(
    ctx.vault.db,
    `SELECT id, new_value FROM audit_events
     WHERE entity_type = 'revision' AND entity_id IN (SELECT CAST(id AS TEXT) FROM revisions WHERE document_id = ? AND sha256 = ?)
       AND action = 'revision.viewed' AND user_id = ? AND json_extract(new_value, '$.contentSha256') = ?
     ORDER BY id`,
  ).all(revision.document_id, revision.sha256, ctx.user.id, revision.sha256);
  let best: ViewingRecord | undefined;
  for (const row of rows) {
    const value = JSON.parse(row.new_value) as Viewing;
    const record = { eventId: row.id, how: value.how, pagesShown: value.pagesShown, pageCount: value.pageCount, viewedAt: value.viewedAt };
    if (!best || (record.pagesShown ?? 0) >= (best.pagesShown ?? 0)) best = record;
  }
  return best;
}

/**
 * Refuses, with DOCUMENT_NOT_VIEWED, a signature attesting to content the signer has never been shown
 * (in this session or earlier: any viewing of the same SHA-256 counts). Answers the viewing the
 * signature's audit event records, or null for a meaning that needs none (authored, released, …).
 */
export function requireViewingBeforeSigning(ctx: CallContext, document: DocumentRow, revision: RevisionRow, meaning: SignatureMeaning): ViewingRecord | null {
  if (!needsViewing(meaning)) return null;
  const viewing = bestViewing(ctx, revision);
  if (!viewing) {
    throw new QuireError('DOCUMENT_NOT_VIEWED', { username: ctx.user.username, number: document.number, label: labelOf(revision), act: meaning });
  }
  return viewing;
}
