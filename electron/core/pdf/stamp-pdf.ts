import { isQuireError, QuireError } from '../../../shared/errors';
import { actStates } from '../../../shared/lifecycle';
import { applyPageStamps } from './apply-page-stamps';
import { checkPrintedPdf } from './check-printed-pdf';
import { dropStaleStructure } from './drop-stale-structure';
import { insertCoverSheet } from './cover-sheet';
import { embedUnicodeFonts } from './fonts';
import { appendManifestPages } from './manifest-pages';
import { openPdf, type OpenedPdf } from './open-pdf';
import { PDFDict, PDFName, PDFRef, type PDFDocument, type PDFPage } from './pdf-lib';
import { dropUnreachableObjects, removeActiveContent } from './remove-active-content';
import { saveIncrementalUpdate } from './save-incremental-update';
import { stampSpecSchema, type StampResult, type StampSpec } from './stamp-spec';
import { visibleFrameOf } from './visible-frame';

const a4: [number, number] = [595.28, 841.89];
const inspected = { checkStreams: false };

/**
 * Prints a PDF as a stamped copy: every page carries the header band, page X of Y, copy status,
 * verification code and QR code (and a watermark unless the revision is effective), upright inside
 * its visible area; the signature manifest follows. Where the pages may not be stamped, a stamped
 * cover sheet goes first instead and the result says so. The bytes are re-parsed and page-counted
 * before they are returned; invalid specs and unprintable PDFs throw coded QuireErrors.
 * `source` must have passed inspectPdf, as every imported PDF and every rendition has: its streams
 * are not inflated again here, which would double the memory a print needs.
 */
export async function stampPdf(source: Uint8Array, stampSpec: StampSpec): Promise<StampResult> {
  const spec = validSpec(stampSpec);
  const opened = await openPdf(source, inspected);
  const reason = coverSheetReasonFor(opened);
  try {
    return await printOpened(source, opened, spec, reason);
  } catch (error) {
    if (reason !== null || (isQuireError(error) && error.code !== 'PDF_PRINT_FAILED')) throw asPrintFailure(error);
    // The pages resisted stamping: fall back to carrying them unchanged behind a stamped cover sheet.
    const why = `stamping its pages failed (${error instanceof Error ? error.message : String(error)}), so they are printed exactly as supplied.`;
    try {
      return await printOpened(source, await openPdf(source, inspected), spec, why);
    } catch (fallbackError) {
      throw asPrintFailure(fallbackError);
    }
  }
}

async function printOpened(source: Uint8Array, { doc, info }: OpenedPdf, spec: StampSpec, coverReason: string | null): Promise<StampResult> {
  const largestObjectNumberAtLoad = doc.context.largestObjectNumber;
  // A controlled copy is paper-like: no scripts, launchers, attachments or forms travel with it.
  const activeContentRemoved = removeActiveContent(doc);
  const sourcePages = doc.getPages();
  // Everything drawn comes from the spec, the cover-sheet reason and fixed Latin wording.
  const fonts = await embedUnicodeFonts(doc, `${JSON.stringify(spec)}\n${coverReason ?? ''}`);
  const firstFrame = visibleFrameOf(sourcePages[0] as PDFPage);
  const [width, height] = firstFrame.width >= 400 && firstFrame.height >= 400 ? [firstFrame.width, firstFrame.height] : a4;

  const cover = coverReason === null ? [] : [insertCoverSheet(doc, fonts, spec, coverReason, sourcePages.length, width, height)];
  const manifest = appendManifestPages(doc, fonts, spec, width, height);
  const pageCount = doc.getPageCount();
  const numbered = doc.getPages().map((page, index) => ({ page, number: index + 1 }));
  const toStamp = coverReason === null ? numbered : numbered.filter(({ page }) => !sourcePages.includes(page));
  const changed = applyPageStamps(doc, fonts, spec, toStamp, pageCount);
  for (const page of [...cover, ...manifest]) changed.push(...pageTreeAncestors(doc, page));

  let written: StampResult['written'] = 'rewritten';
  let bytes: Uint8Array | null = null;
  // A decrypted source cannot be appended to: its original objects are still encrypted on disk.
  // Nor can one that carried active content: the appended update would leave it in the file.
  if (info.encryption === 'none' && activeContentRemoved.length === 0) {
    bytes = await saveIncrementalUpdate(doc, source, largestObjectNumberAtLoad, changed);
    if (bytes) {
      written = 'incremental-update';
      await checkPrintedPdf(bytes, pageCount).catch(() => {
        bytes = null;
      });
    }
  }
  if (!bytes) {
    written = 'rewritten';
    dropStaleStructure(doc);
    dropUnreachableObjects(doc);
    bytes = await doc.save({ useObjectStreams: false, objectsPerTick: Number.POSITIVE_INFINITY });
    await checkPrintedPdf(bytes, pageCount);
  }
  return {
    bytes,
    pageCount,
    sourcePageCount: sourcePages.length,
    manifestPageCount: manifest.length,
    mode: coverReason === null ? 'stamped' : 'cover-sheet',
    coverSheetReason: coverReason,
    written,
    activeContentRemoved,
  };
}

function coverSheetReasonFor({ info }: OpenedPdf): string | null {
  if (info.permissions && !info.permissions.modify) {
    return 'its publisher’s permissions do not allow changing it, so its pages are printed exactly as supplied.';
  }
  return null;
}

function validSpec(input: StampSpec): StampSpec {
  const parsed = stampSpecSchema.safeParse(input);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new QuireError('INVALID_INPUT', { problem: 'print-description' }, { problems });
  }
  if (parsed.data.copy.kind === 'controlled' && !actStates('printControlled').includes(parsed.data.revisionState)) {
    throw new QuireError('CONTROLLED_COPY_NOT_EFFECTIVE');
  }
  return parsed.data;
}

// Inserting a page rewrites /Kids and /Count of the page-tree nodes above it.
function pageTreeAncestors(doc: PDFDocument, page: PDFPage): PDFRef[] {
  const refs: PDFRef[] = [];
  let parent = page.node.get(PDFName.of('Parent'));
  while (parent instanceof PDFRef && !refs.includes(parent)) {
    refs.push(parent);
    parent = doc.context.lookupMaybe(parent, PDFDict)?.get(PDFName.of('Parent'));
  }
  return refs;
}

function asPrintFailure(error: unknown): QuireError {
  if (isQuireError(error)) return error;
  return new QuireError('PDF_PRINT_FAILED', {}, { reason: error instanceof Error ? error.message : String(error) });
}
