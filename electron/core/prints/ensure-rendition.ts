import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { QuireError } from '../../../shared/errors';
import { appendAuditEvent } from '../audit/append-audit-event';
import { readContentBytes, storeContentBytes } from '../content/content-store';
import { exportContentToFile } from '../content/export-content';
import { actorOf, writeTransaction, type CallContext } from '../core-context';
import { labelOf, type DocumentRow, type RevisionRow } from '../documents/document-queries';
import { convertOfficeToPdf, findSoffice } from '../pdf/convert-office-to-pdf';
import { inspectPdf } from '../pdf/inspect-pdf';
import { maxPdfBytes, openPdf } from '../pdf/open-pdf';
import { renderMarkdownToPdf } from '../pdf/render-markdown-to-pdf';
import { renderTextToPdf } from '../pdf/render-text-to-pdf';
import { decodePlainText } from '../text/decode-plain-text';
import { statement } from '../vault/statements';

export type RenditionKind = 'native-pdf' | 'rendered' | 'converted';

export interface Rendition {
  contentId: number;
  sha256: string;
  kind: RenditionKind;
  tool: string;
  pageCount: number;
}

interface RenditionRow {
  rendition_content_id: number;
  kind: RenditionKind;
  tool: string;
  page_count: number;
  sha256: string;
}

const officeMediaTypes = new Set([
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'application/vnd.oasis.opendocument.text',
  'application/msword',
  'application/rtf',
]);

export function recordedRendition(ctx: CallContext, contentId: number): RenditionRow | undefined {
  return statement<[number], RenditionRow>(
    ctx.vault.db,
    'SELECT r.rendition_content_id, r.kind, r.tool, r.page_count, c.sha256 FROM renditions r JOIN contents c ON c.id = r.rendition_content_id WHERE r.content_id = ?',
  ).get(contentId);
}

/** Stored bytes, refused when they no longer hash to what was recorded: paper must come from the approved bytes. */
export function intactBytes(ctx: CallContext, contentId: number, sha256: string, what: { label?: string; kind: 'content' | 'rendition' }): Uint8Array {
  const bytes = readContentBytes(ctx.vault.db, contentId);
  if (createHash('sha256').update(bytes).digest('hex') !== sha256) {
    throw new QuireError('CONTENT_TAMPERED', { ...(what.label ? { label: what.label } : {}), sha256Prefix: sha256.slice(0, 16), what: what.kind });
  }
  return bytes;
}

export async function makeRendition(ctx: CallContext, document: DocumentRow, revision: RevisionRow, source: () => Uint8Array): Promise<{ bytes: Uint8Array; kind: RenditionKind; tool: string }> {
  const title = `${document.number} ${document.title}`;
  if (revision.media_type === 'application/pdf') return { bytes: source(), kind: 'native-pdf', tool: 'none: the content is a PDF' };
  if (revision.media_type === 'text/plain' || revision.media_type === 'text/csv') return { bytes: await renderTextToPdf(decodePlainText(source()), title), kind: 'rendered', tool: 'Quire text renderer' };
  if (revision.media_type === 'text/markdown') return { bytes: await renderMarkdownToPdf(decodePlainText(source()), title), kind: 'rendered', tool: 'Quire Markdown renderer' };
  if (officeMediaTypes.has(revision.media_type)) {
    const work = mkdtempSync(path.join(tmpdir(), 'quire-print-source-'));
    try {
      const input = path.join(work, `source${path.extname(revision.file_name).toLowerCase()}`);
      exportContentToFile(ctx.vault.db, revision.content_id, revision.sha256, input);
      const bytes = await convertOfficeToPdf(input);
      return { bytes, kind: 'converted', tool: `LibreOffice (${findSoffice(process.env) ?? 'soffice'})` };
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }
  throw new QuireError('PRINT_FORMAT_UNSUPPORTED', { fileName: revision.file_name, mediaType: revision.media_type });
}

/**
 * The PDF a revision prints from: made at its first print (the content itself for a PDF, rendered
 * for text and Markdown, converted by LibreOffice for office formats), stored with the content, its
 * SHA-256 recorded and audited, and reused by every later print. Content is frozen from submission,
 * so a rendition made late is still of the approved bytes; bytes are checked against their hash.
 */
export async function ensureRendition(ctx: CallContext, document: DocumentRow, revision: RevisionRow): Promise<{ rendition: Rendition; bytes: Uint8Array }> {
  const toRendition = (row: RenditionRow): Rendition => ({ contentId: row.rendition_content_id, sha256: row.sha256, kind: row.kind, tool: row.tool, pageCount: row.page_count });
  const known = recordedRendition(ctx, revision.content_id);
  if (known) return { rendition: toRendition(known), bytes: intactBytes(ctx, known.rendition_content_id, known.sha256, { label: labelOf(revision), kind: 'rendition' }) };

  if (revision.size > maxPdfBytes) throw new QuireError('PDF_TOO_LARGE', { fileName: revision.file_name });
  const made = await makeRendition(ctx, document, revision, () => intactBytes(ctx, revision.content_id, revision.sha256, { label: labelOf(revision), kind: 'content' }));
  // A native PDF passed the full check at import; a rendition made just now gets it here.
  const info = made.kind === 'native-pdf' ? (await openPdf(made.bytes, { checkStreams: false })).info : await inspectPdf(made.bytes);
  const now = ctx.now();
  return writeTransaction(ctx, () => {
    // Another print may have recorded it meanwhile: the first one recorded is the one every print uses.
    const raced = recordedRendition(ctx, revision.content_id);
    if (raced) return { rendition: toRendition(raced), bytes: intactBytes(ctx, raced.rendition_content_id, raced.sha256, { kind: 'rendition' }) };
    const stored = made.kind === 'native-pdf' ? { contentId: revision.content_id, sha256: revision.sha256, size: revision.size } : storeContentBytes(ctx.vault.db, made.bytes, now);
    statement(ctx.vault.db, 'INSERT INTO renditions (content_id, rendition_content_id, kind, tool, page_count, created_at) VALUES (?, ?, ?, ?, ?, ?)').run(
      revision.content_id,
      stored.contentId,
      made.kind,
      made.tool,
      info.pageCount,
      now.toISOString(),
    );
    appendAuditEvent(ctx.vault.db, actorOf(ctx), {
      action: 'revision.rendition_created',
      entityType: 'revision',
      entityId: revision.id,
      newValue: { document: document.number, label: labelOf(revision), kind: made.kind, tool: made.tool, sha256: stored.sha256, size: stored.size, pages: info.pageCount, sourceSha256: revision.sha256 },
    }, now);
    return { rendition: { contentId: stored.contentId, sha256: stored.sha256, kind: made.kind, tool: made.tool, pageCount: info.pageCount }, bytes: made.bytes };
  });
}
