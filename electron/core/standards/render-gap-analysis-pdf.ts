import type { GapAnalysis, GapStatus } from '../../../shared/contract';
import { renderFlowToPdf } from '../pdf/render-flow-to-pdf';

export const gapStatusWords: Record<GapStatus, string> = {
  covered: 'Covered',
  'draft-only': 'Covered only by drafts',
  'review-overdue': 'Covered only by documents overdue for review',
  missing: 'Missing',
};

const coverageWords = { 'in-force': 'effective', 'in-preparation': 'draft', 'review-overdue': 'review overdue' } as const;

/** The gap analysis as a PDF: the summary, each required item with the documents that cover it, then the findings. */
export async function renderGapAnalysisPdf(analysis: Omit<GapAnalysis, 'pdf'>, generatedBy: string): Promise<Uint8Array> {
  const { summary, findings } = analysis;
  const itemRows = analysis.items.map((item) => [
    item.clause,
    `${item.what} (${item.kind === 'maintain' ? 'maintained' : 'retained'})`,
    gapStatusWords[item.status],
    item.documents.map((d) => `${d.number} ${d.revision ?? ''} (${coverageWords[d.coverage]})`).join('\n') || '—',
  ]);
  const findingTables: [string, string, { title: string; share: number }[], string[][]][] = [
    ['Periodic reviews overdue', 'No periodic review is overdue.', [{ title: 'Document', share: 0.25 }, { title: 'Title', share: 0.4 }, { title: 'Due', share: 0.15 }, { title: 'Owner', share: 0.2 }], findings.overdueReviews.map((r) => [`${r.number} ${r.revision}`, r.title, r.nextReviewDate, r.owner])],
    ['Training outstanding', 'Everyone assigned has acknowledged the revision in force.', [{ title: 'Document', share: 0.3 }, { title: 'Person', share: 0.4 }, { title: 'Due', share: 0.3 }], findings.training.map((t) => [`${t.number} ${t.revision}`, `${t.fullName} (${t.user})`, t.dueDate ? `${t.dueDate}${t.overdue ? ' — overdue' : ''}` : 'no due date'])],
    ['Controlled copies not yet recalled', 'Every superseded controlled copy has been recalled.', [{ title: 'Document', share: 0.3 }, { title: 'Copy', share: 0.1 }, { title: 'Copyholder, location', share: 0.4 }, { title: 'Due since', share: 0.2 }], findings.copiesNotRecalled.map((c) => [`${c.number} ${c.revision}`, `No. ${c.copyNumber}`, `${c.copyholder}, ${c.location}`, c.dueForRecallAt?.slice(0, 10) ?? ''])],
    ['External documents without a source', 'Every external document names its source.', [{ title: 'Document', share: 0.3 }, { title: 'Title', share: 0.5 }, { title: 'Type', share: 0.2 }], findings.externalWithoutSource.map((d) => [d.number, d.title, d.type])],
    ['Documents without an owner who can act', 'Every document has an active owner.', [{ title: 'Document', share: 0.3 }, { title: 'Title', share: 0.45 }, { title: 'Owner (disabled)', share: 0.25 }], findings.withoutOwner.map((d) => [d.number, d.title, d.owner])],
  ];
  const allText = JSON.stringify([analysis.items, findings, generatedBy]);
  return renderFlowToPdf(
    `Gap analysis – ${analysis.standardName}`,
    (flow) => {
      flow.line(`Gap analysis against ${analysis.standardName}`, 14, 'bold');
      flow.line(`As of ${analysis.today}, generated ${analysis.generatedAt.slice(0, 16).replace('T', ' ')} UTC by ${generatedBy}`, 8.5);
      flow.line(`${summary.covered} covered · ${summary.draftOnly} covered only by drafts · ${summary.reviewOverdue} covered only by documents overdue for review · ${summary.missing} missing`, 9, 'bold');
      flow.gap(8);
      flow.line('Documented information required', 11, 'bold');
      flow.gap(4);
      flow.table([{ title: 'Clause', share: 0.1 }, { title: 'Required', share: 0.4 }, { title: 'Status', share: 0.2 }, { title: 'Documents', share: 0.3 }], itemRows);
      flow.gap(12);
      flow.line('Document-control findings', 13, 'bold');
      for (const [title, whenEmpty, columns, rows] of findingTables) {
        flow.gap(8);
        flow.line(`${title} (${rows.length})`, 11, 'bold');
        flow.gap(4);
        if (rows.length === 0) flow.line(whenEmpty, 8.5);
        else flow.table(columns, rows);
      }
    },
    allText,
  );
}
