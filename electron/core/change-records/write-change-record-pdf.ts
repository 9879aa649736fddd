import type { MethodResult, ParsedInput } from '../../../shared/contract';
import type { CallContext } from '../core-context';
import { requireDocumentRow } from '../documents/document-queries';
import { changeRecordOf } from './change-record';
import { writeFileIntoPlace } from '../files/write-file-into-place';

/**
 * Writes a document's change record as a PDF through a temporary file renamed into place, so a failed
 * export never leaves a half-written file behind.
 */
export async function writeChangeRecordPdf(ctx: CallContext, input: ParsedInput<'changeRecords.exportPdf'>): Promise<MethodResult<'changeRecords.exportPdf'>> {
  const document = requireDocumentRow(ctx.vault.db, input.number);
  const records = changeRecordOf(ctx.vault.db, document, ctx.user);
  // Loaded for a PDF only: the renderer brings pdf-lib and the fonts.
  const { renderChangeRecordPdf } = await import('./render-change-record-pdf');
  const pdf = await renderChangeRecordPdf({ number: document.number, title: document.title }, records, `${ctx.user.fullName} (${ctx.user.username})`, ctx.now());
  const target = writeFileIntoPlace(input.destination, pdf);
  return { path: target, bytes: pdf.length, revisions: records.length };
}
