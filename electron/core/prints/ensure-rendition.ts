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
import { inspectPdf } from '../pdf/inspect-pdf';
import { maxPdfBytes, openPdf } from '../pdf/open-pdf';
import { renderMarkdownToPdf } from '../pdf/render-markdown-to-pdf';
import { renderTextToPdf } from '../pdf/render-text-to-pdf';
import { renditionFontReport, type FontReport } from '../pdf/renditions/rendition-font-report';
import { availableRenditionTool, systemRenditionEnvironment, type RenditionEnvironment } from '../pdf/renditions/rendition-tools';
import { decodePlainText } from '../text/decode-plain-text';
import { readVaultSettings } from '../vault/vault-settings';
import { statement } from '../vault/statements';
import { officeMediaTypes, quireRenderers } from './rendition-sources';

export type RenditionKind = 'native-pdf' | 'rendered' | 'converted' | 'supplied';

export interface Rendition {
  contentId: number;
  sha256: string;
  kind: RenditionKind;
  tool: string;
  pageCount: number;
  /** For a rendition an office program made of a DOCX: fonts substituted, fonts left unembedded (null: not checked). */
  fonts: FontReport | null;
  /** For a supplied PDF: an office program's rendition of the same source, compared by page count, never used instead. */
  toolComparison: { tool: string; pages: number; suppliedPages: number; samePageCount: boolean } | null;
}

interface RenditionRow {
  rendition_content_id: number;
  kind: Exclude<RenditionKind, 'supplied'>;
  tool: string;
  page_count: number;
  sha256: string;
  fonts: string | null;
}

const toolTimeoutMs = 120_000;

export function recordedRendition(ctx: CallContext, contentId: number): RenditionRow | undefined {
  return statement<[number], RenditionRow>(
    ctx.vault.db,
    'SELECT r.rendition_content_id, r.kind, r.tool, r.page_count, c.sha256, r.fonts FROM renditions r JOIN contents c ON c.id = r.rendition_content_id WHERE r.content_id = ?',
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

interface MadeRendition {
  bytes: Uint8Array;
  kind: Exclude<RenditionKind, 'supplied'>;
  tool: string;
  fonts: FontReport | null;
}

async function convertWithOfficeTool(ctx: CallContext, revision: RevisionRow, source: () => Uint8Array, environment: RenditionEnvironment): Promise<MadeRendition> {
  const order = readVaultSettings(ctx.vault.db).renditionTools;
  const tool = availableRenditionTool(order, environment);
  if (!tool) throw new QuireError('RENDITION_TOOL_MISSING', { fileName: revision.file_name, tools: order });
  const work = mkdtempSync(path.join(tmpdir(), 'quire-print-source-'));
  try {
    const input = path.join(work, `source${path.extname(revision.file_name).toLowerCase()}`);
    exportContentToFile(ctx.vault.db, revision.content_id, revision.sha256, input);
    const made = await tool.convert(input, toolTimeoutMs);
    const fonts = await renditionFontReport({ mediaType: revision.media_type, bytes: source() }, made.bytes).catch(() => null);
    return { bytes: made.bytes, kind: 'converted', tool: made.tool, fonts };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

export async function makeRendition(ctx: CallContext, document: DocumentRow, revision: RevisionRow, source: () => Uint8Array, environment: RenditionEnvironment): Promise<MadeRendition> {
  const title = `${document.number} ${document.title}`;
  if (revision.media_type === 'application/pdf') return { bytes: source(), kind: 'native-pdf', tool: 'none: the content is a PDF', fonts: null };
  const renderer = quireRenderers[revision.media_type];
  if (renderer) {
    const text = decodePlainText(source());
    const bytes = revision.media_type === 'text/markdown' ? await renderMarkdownToPdf(text, title) : await renderTextToPdf(text, title);
    return { bytes, kind: 'rendered', tool: renderer, fonts: null };
  }
  if (officeMediaTypes.has(revision.media_type)) return convertWithOfficeTool(ctx, revision, source, environment);
  throw new QuireError('PRINT_FORMAT_UNSUPPORTED', { fileName: revision.file_name, mediaType: revision.media_type });
}

const toRendition = (row: RenditionRow): Rendition => ({
  contentId: row.rendition_content_id,
  sha256: row.sha256,
  kind: row.kind,
  tool: row.tool,
  pageCount: row.page_count,
  fonts: row.fonts ? (JSON.parse(row.fonts) as FontReport) : null,
  toolComparison: null,
});

/** The rendition a tool made of this content, recorded (and made now, when it was not yet and the desktop can). */
async function recordedOrNewToolRendition(ctx: CallContext, document: DocumentRow, revision: RevisionRow, environment: RenditionEnvironment): Promise<{ rendition: Rendition; bytes: Uint8Array | null }> {
  const known = recordedRendition(ctx, revision.content_id);
  if (known) return { rendition: toRendition(known), bytes: null };
  if (revision.size > maxPdfBytes) throw new QuireError('PDF_TOO_LARGE', { fileName: revision.file_name });
  const made = await makeRendition(ctx, document, revision, () => intactBytes(ctx, revision.content_id, revision.sha256, { label: labelOf(revision), kind: 'content' }), environment);
  // A native PDF passed the full check at import; a rendition made just now gets it here.
  const info = made.kind === 'native-pdf' ? (await openPdf(made.bytes, { checkStreams: false })).info : await inspectPdf(made.bytes);
  const now = ctx.now();
  return writeTransaction(ctx, () => {
    // Another print may have recorded it meanwhile: the first one recorded is the one every print uses.
    const raced = recordedRendition(ctx, revision.content_id);
    if (raced) return { rendition: toRendition(raced), bytes: null };
    const stored = made.kind === 'native-pdf' ? { contentId: revision.content_id, sha256: revision.sha256, size: revision.size } : storeContentBytes(ctx.vault.db, made.bytes, now);
    const fonts = made.fonts ? JSON.stringify(made.fonts) : null;
    statement(ctx.vault.db, 'INSERT INTO renditions (content_id, rendition_content_id, kind, tool, page_count, created_at, fonts) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
      revision.content_id,
      stored.contentId,
      made.kind,
      made.tool,
      info.pageCount,
      now.toISOString(),
      fonts,
    );
    appendAuditEvent(ctx.vault.db, actorOf(ctx), {
      action: 'revision.rendition_created',
      entityType: 'revision',
      entityId: revision.id,
      newValue: { document: document.number, label: labelOf(revision), kind: made.kind, tool: made.tool, sha256: stored.sha256, size: stored.size, pages: info.pageCount, sourceSha256: revision.sha256, ...(made.fonts ? { fonts: made.fonts } : {}) },
    }, now);
    return { rendition: { contentId: stored.contentId, sha256: stored.sha256, kind: made.kind, tool: made.tool, pageCount: info.pageCount, fonts: made.fonts, toolComparison: null }, bytes: made.bytes };
  });
}

/**
 * The author's PDF, which prints use. When this desktop has an office program (or the vault already holds a
 * rendition of the source), that rendition is made or read too and compared by page count, so a PDF that
 * does not match its source shows; it never replaces the supplied one. A tool that fails leaves no comparison.
 */
async function suppliedRendition(ctx: CallContext, document: DocumentRow, revision: RevisionRow, environment: RenditionEnvironment): Promise<{ rendition: Rendition; bytes: Uint8Array }> {
  const contentId = revision.rendition_content_id!;
  const sha256 = revision.rendition_sha256!;
  const bytes = intactBytes(ctx, contentId, sha256, { label: labelOf(revision), kind: 'rendition' });
  const pageCount = revision.rendition_pages ?? (await openPdf(bytes, { checkStreams: false })).info.pageCount;
  const canCompare = recordedRendition(ctx, revision.content_id) !== undefined || availableRenditionTool(readVaultSettings(ctx.vault.db).renditionTools, environment) !== null;
  const tool = canCompare ? await recordedOrNewToolRendition(ctx, document, revision, environment).catch(() => null) : null;
  const toolComparison = tool ? { tool: tool.rendition.tool, pages: tool.rendition.pageCount, suppliedPages: pageCount, samePageCount: tool.rendition.pageCount === pageCount } : null;
  return { rendition: { contentId, sha256, kind: 'supplied', tool: `supplied by the author: ${revision.rendition_file_name ?? 'PDF'}`, pageCount, fonts: null, toolComparison }, bytes };
}

/**
 * The PDF a revision prints from. The author's supplied PDF when there is one (signed with the source).
 * Otherwise made at its first print (the content itself for a PDF, rendered for text and Markdown,
 * converted by the first office program of the vault's order this desktop has), stored with the content,
 * its SHA-256, tool and version recorded and audited, and reused by every later print. Content is frozen
 * from submission, so a rendition made late is still of the approved bytes; bytes are checked against their hash.
 */
export async function ensureRendition(
  ctx: CallContext,
  document: DocumentRow,
  revision: RevisionRow,
  environment: RenditionEnvironment = systemRenditionEnvironment(),
): Promise<{ rendition: Rendition; bytes: Uint8Array }> {
  if (revision.rendition_content_id !== null && revision.rendition_sha256 !== null) return suppliedRendition(ctx, document, revision, environment);
  const { rendition, bytes } = await recordedOrNewToolRendition(ctx, document, revision, environment);
  return { rendition, bytes: bytes ?? intactBytes(ctx, rendition.contentId, rendition.sha256, { label: labelOf(revision), kind: 'rendition' }) };
}
