import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { MethodResult } from '../../../shared/contract';
import { QuireError } from '../../../shared/errors';
import type { CallContext } from '../core-context';
import { labelOf, type DocumentRow, type RevisionRow } from '../documents/document-queries';
import { maxPdfBytes } from '../pdf/open-pdf';
import { systemRenditionEnvironment } from '../pdf/renditions/rendition-tools';
import { intactBytes, makeRendition, recordedRendition, type RenditionKind } from '../prints/ensure-rendition';

interface ScreenRendition {
  pdf: Uint8Array;
  kind: RenditionKind;
  tool: string;
  sha256: string;
}

// A rendition made only for the screen is not recorded (viewing is a query, and works on a read-only
// vault); the last few are kept in memory so paging back and forth does not run LibreOffice again.
const recentRenditions = new WeakMap<Database.Database, Map<string, ScreenRendition>>();
const keptRenditions = 4;

function remembered(db: Database.Database): Map<string, ScreenRendition> {
  let kept = recentRenditions.get(db);
  if (!kept) recentRenditions.set(db, (kept = new Map()));
  return kept;
}

function recordedScreenRendition(ctx: CallContext, revision: RevisionRow): ScreenRendition | undefined {
  // The author's PDF, signed with the source, is what reviewers see and what prints use.
  if (revision.rendition_content_id !== null && revision.rendition_sha256 !== null) {
    return { pdf: intactBytes(ctx, revision.rendition_content_id, revision.rendition_sha256, { label: labelOf(revision), kind: 'rendition' }), kind: 'supplied', tool: 'supplied by the author', sha256: revision.rendition_sha256 };
  }
  const row = recordedRendition(ctx, revision.content_id);
  if (!row) return undefined;
  return { pdf: intactBytes(ctx, row.rendition_content_id, row.sha256, { label: labelOf(revision), kind: 'rendition' }), kind: row.kind, tool: row.tool, sha256: row.sha256 };
}

async function screenRendition(ctx: CallContext, document: DocumentRow, revision: RevisionRow): Promise<ScreenRendition> {
  const recorded = recordedScreenRendition(ctx, revision);
  if (recorded) return recorded;
  const key = `${revision.content_id}:${revision.sha256}:${document.number} ${document.title}`;
  const kept = remembered(ctx.vault.db);
  const hit = kept.get(key);
  if (hit) return hit;
  if (revision.size > maxPdfBytes) throw new QuireError('PDF_TOO_LARGE', { fileName: revision.file_name });
  const made = await makeRendition(ctx, document, revision, () => intactBytes(ctx, revision.content_id, revision.sha256, { label: labelOf(revision), kind: 'content' }), systemRenditionEnvironment());
  const rendition = { pdf: made.bytes, kind: made.kind, tool: made.tool, sha256: createHash('sha256').update(made.bytes).digest('hex') };
  kept.set(key, rendition);
  if (kept.size > keptRenditions) kept.delete(kept.keys().next().value!);
  return rendition;
}

/**
 * The PDF a revision is seen through on screen, without any stamp: a PDF's own bytes, otherwise the
 * rendition prints use (recorded at the first print) or, before any print, one made the same way in
 * memory. Bytes are checked against their recorded hash; the caller has already been allowed to see
 * the revision.
 */
export async function viewablePdf(ctx: CallContext, document: DocumentRow, revision: RevisionRow): Promise<MethodResult<'revisions.viewPdf'>> {
  const rendition = await screenRendition(ctx, document, revision);
  if (rendition.pdf.byteLength > maxPdfBytes) throw new QuireError('PDF_TOO_LARGE', { fileName: revision.file_name });
  return {
    document: document.number,
    revision: labelOf(revision),
    fileName: revision.file_name,
    mediaType: revision.media_type,
    contentSha256: revision.sha256,
    rendition: { kind: rendition.kind, tool: rendition.tool, sha256: rendition.sha256 },
    pdf: rendition.pdf,
  };
}
