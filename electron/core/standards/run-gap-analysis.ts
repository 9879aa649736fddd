import type { MethodResult, ParsedInput } from '../../../shared/contract';
import type { CallContext } from '../core-context';
import { localDate } from '../workflow/calendar-dates';
import { gapAnalysis } from './gap-analysis';
import { defaultStandardId, standardById } from './standards';
import { writeExportFile } from './write-export-file';

/** The gap analysis of today, and its PDF where asked. Reads only: the PDF is a file outside the vault. */
export async function runGapAnalysis(ctx: CallContext, input: ParsedInput<'gapAnalysis.run'>): Promise<MethodResult<'gapAnalysis.run'>> {
  const now = ctx.now();
  const analysis = gapAnalysis(ctx.vault.db, standardById(input.standard ?? defaultStandardId), localDate(now), now);
  if (input.pdf === undefined) return { ...analysis, pdf: null };
  // Loaded only for a PDF: pdf-lib and the fonts stay out of the JSON answer.
  const { renderGapAnalysisPdf } = await import('./render-gap-analysis-pdf');
  const bytes = await renderGapAnalysisPdf(analysis, `${ctx.user.fullName} (${ctx.user.username})`);
  return { ...analysis, pdf: writeExportFile(input.pdf, bytes) };
}
