import { gapAnalysis } from '../../standards/gap-analysis';
import { renderGapAnalysisPdf } from '../../standards/render-gap-analysis-pdf';
import { defaultStandardId, standardById } from '../../standards/standards';
import type { AuditPackSection } from '../audit-pack-section';

/** The gap analysis against ISO 9001:2015 on the day of the pack, with today's document-control findings. */
export const gapAnalysisSection: AuditPackSection = {
  title: 'Gap analysis',
  description: 'Each documented information ISO 9001:2015 requires and the documents that cover it, and the document-control findings of the day.',
  async write(scope, pack) {
    const analysis = gapAnalysis(scope.db, standardById(defaultStandardId), scope.today, scope.now);
    await pack.add('gap-analysis/gap-analysis.pdf', await renderGapAnalysisPdf(analysis, scope.generatedBy));
    await pack.add('gap-analysis/gap-analysis.json', JSON.stringify(analysis, null, 2));
    return [
      { path: 'gap-analysis/gap-analysis.pdf', label: 'Gap analysis (PDF)' },
      { path: 'gap-analysis/gap-analysis.json', label: 'Gap analysis (JSON)' },
    ];
  },
};
