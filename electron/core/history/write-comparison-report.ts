import type { RevisionComparison, Signature } from '../../../shared/contract';
import { QuireError } from '../../../shared/errors';
import type { ComparisonReportHeader } from '../diff/report/comparison-report-header';
import { writeFileIntoPlace } from '../files/write-file-into-place';

/** A signature time as the signer's wall clock read it, with its offset: 2026-03-04T10:12:00.000+01:00. */
function localTimeWithOffset(s: Signature): string {
  const sign = s.utcOffset.startsWith('-') ? -1 : 1;
  const [h, m] = s.utcOffset.slice(1).split(':').map(Number) as [number, number];
  const local = new Date(Date.parse(s.signedAt) + sign * (h * 60 + m) * 60_000);
  return `${local.toISOString().slice(0, -1)}${s.utcOffset}`;
}

const reportRevision = (side: RevisionComparison['old']) => ({
  label: side.label,
  sha256: side.sha256,
  status: side.state,
  ...(side.effectiveDate ? { effectiveDate: side.effectiveDate } : {}),
  ...(side.changeSummary ? { changeSummary: side.changeSummary } : {}),
  ...(side.changeRequests.length ? { changeRequests: side.changeRequests.map((c) => `${c.number}: ${c.reason}`) } : {}),
  signatures: side.signatures.map((s) => ({ printedName: s.signer.printedName, meaning: s.meaning, signedAt: localTimeWithOffset(s) })),
});

/**
 * Writes the comparison as a PDF report through a temporary file renamed into place, so a failed
 * report never leaves a half-written file behind.
 */
export async function writeComparisonReport(comparison: RevisionComparison, destination: string, generatedBy: string, now: Date): Promise<{ path: string; bytes: number; changes: number }> {
  if (!comparison.text) throw new QuireError('COMPARISON_REPORT_FAILED', {}, { cause: comparison.textUnavailable ?? 'The text of these revisions could not be compared.' });
  const header: ComparisonReportHeader = {
    documentNumber: comparison.document,
    title: comparison.title,
    old: reportRevision(comparison.old),
    new: reportRevision(comparison.new),
    generatedAt: now.toISOString(),
    generatedBy,
    metadataChanges: comparison.metadataChanges as ComparisonReportHeader['metadataChanges'],
  };
  // Loaded when a report is written: the renderer pulls in pdf-lib and the fonts.
  const { renderComparisonReportPdf } = await import('../diff/report/render-comparison-report-pdf');
  const pdf = await renderComparisonReportPdf(comparison.text, header);
  const target = writeFileIntoPlace(destination, pdf);
  return { path: target, bytes: pdf.length, changes: comparison.text.summary.changes };
}
