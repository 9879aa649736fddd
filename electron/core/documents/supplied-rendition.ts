import type Database from 'better-sqlite3';
import type { ParsedInput, Revision } from '../../../shared/contract';
import { QuireError } from '../../../shared/errors';
import { appendAuditEvent, type Actor } from '../audit/append-audit-event';
import { storeImportedContent } from '../content/content-store';
import { prepareImport, type PreparedImport } from '../content/prepare-import';
import { actorOf, writeTransaction, type CallContext } from '../core-context';
import { readVaultSettings } from '../vault/vault-settings';
import { statement } from '../vault/statements';
import { labelOf, requireDocumentRow, requireRevisionByLabel, revisionRowById, revisionRows, toRevision, type DocumentRow, type RevisionRow } from './document-queries';

/** An author's PDF of a source, checked like every imported PDF, not yet stored. */
export interface PreparedRendition {
  content: PreparedImport;
  pageCount: number;
}

const pdfMediaType = 'application/pdf';

/** Checks a supplied rendition before any transaction: it must be a PDF Quire can print (the import checks). */
export async function prepareSuppliedRendition(file: string, maxContentBytes: number): Promise<PreparedRendition> {
  const content = await prepareImport(file, maxContentBytes);
  if (content.mediaType !== pdfMediaType || !content.pdf) throw new QuireError('NOT_A_PDF', { fileName: content.fileName });
  return { content, pageCount: content.pdf.pageCount };
}

/** A source that is a PDF prints as it is; only other formats take a rendition. */
export function requireRenditionNeeded(source: { fileName: string; mediaType: string }): void {
  if (source.mediaType === pdfMediaType) throw new QuireError('RENDITION_NOT_NEEDED', { fileName: source.fileName });
}

/** Refuses unless the revision is a draft that was never routed: reviewers must sign what is printed. */
export function requireRenditionOpen(db: Database.Database, document: DocumentRow, revision: RevisionRow): void {
  const routed = statement<[number], { n: number }>(db, 'SELECT count(*) AS n FROM routes WHERE revision_id = ?').get(revision.id)!.n > 0;
  if (revision.state !== 'draft' || routed) throw new QuireError('RENDITION_FROZEN', { number: document.number, label: labelOf(revision), state: revision.state });
}

/** Stores the rendition and attaches it to the draft, with its audit event; call inside the write transaction. */
export function attachSuppliedRendition(db: Database.Database, actor: Actor, document: DocumentRow, revision: RevisionRow, rendition: PreparedRendition, now: Date): void {
  const stored = storeImportedContent(db, rendition.content, now);
  statement(db, 'UPDATE revisions SET rendition_content_id = ?, rendition_sha256 = ?, rendition_file_name = ?, rendition_pages = ? WHERE id = ?').run(
    stored.contentId,
    stored.sha256,
    rendition.content.fileName,
    rendition.pageCount,
    revision.id,
  );
  appendAuditEvent(db, actor, {
    action: 'revision.rendition_supplied',
    entityType: 'revision',
    entityId: revision.id,
    oldValue: revision.rendition_sha256 ? { sha256: revision.rendition_sha256, fileName: revision.rendition_file_name } : null,
    newValue: { document: document.number, label: labelOf(revision), sha256: stored.sha256, fileName: rendition.content.fileName, size: stored.size, pages: rendition.pageCount, sourceSha256: revision.sha256 },
  }, now);
}

/**
 * Attaches (or, on a draft never submitted, replaces) the author's PDF rendition of a revision's source.
 * The newest revision unless a label is given; refused with RENDITION_FROZEN once the revision was submitted.
 */
export async function attachRendition(ctx: CallContext, input: ParsedInput<'revisions.attachRendition'>): Promise<Revision> {
  const db = ctx.vault.db;
  const document = requireDocumentRow(db, input.number);
  const pick = () => (input.label ? requireRevisionByLabel(db, document, input.label) : revisionRows(db, document.id).at(-1));
  // Every document has a revision from its registration on.
  const target = pick()!;
  requireRenditionOpen(db, document, target);
  requireRenditionNeeded({ fileName: target.file_name, mediaType: target.media_type });
  const rendition = await prepareSuppliedRendition(input.file.path, readVaultSettings(db).maxContentBytes);
  const now = ctx.now();
  return writeTransaction(ctx, () => {
    // Submitted meanwhile? The check again, inside the transaction that writes.
    const current = revisionRowById(db, target.id);
    requireRenditionOpen(db, document, current);
    attachSuppliedRendition(db, actorOf(ctx), document, current, rendition, now);
    return toRevision(revisionRowById(db, target.id));
  });
}
