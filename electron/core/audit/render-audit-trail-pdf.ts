import type { AuditFilter } from '../../../shared/contract';
import { renderFlowToPdf } from '../pdf/render-flow-to-pdf';

export interface AuditReportHeader {
  filters: AuditFilter;
  generatedBy: string;
  generatedAt: string;
  /** `<event id>:<hash>` of the newest event when the report was made, to check the trail against later. */
  chainHead: string;
}

function filterWords(f: AuditFilter): string {
  const parts = [
    f.user ? `by ${f.user}` : null,
    f.action ? `events of type ${f.action}` : null,
    f.document ? `about ${f.document} and its revisions` : null,
    f.from || f.to ? `from ${f.from ?? 'the start'} to ${f.to ?? 'today'} (UTC days)` : null,
  ].filter((p): p is string => p !== null);
  return parts.length ? parts.join('; ') : 'every event in the vault';
}

/** The audit trail as a PDF report: what was selected, who made it and when, the chain head, then one row per event. */
export async function renderAuditTrailPdf(rows: string[][], header: AuditReportHeader): Promise<Uint8Array> {
  const text = rows.flat().join('\n');
  return renderFlowToPdf(
    'Audit trail',
    (flow) => {
      flow.line('Audit trail', 16, 'bold');
      flow.gap(4);
      flow.line(`Selection: ${filterWords(header.filters)}`, 9);
      flow.line(`${rows.length} event(s), oldest first. Times are UTC.`, 9);
      flow.line(`Made by ${header.generatedBy} at ${header.generatedAt.slice(0, 19).replace('T', ' ')} UTC; audit chain head ${header.chainHead}`, 9);
      flow.rule();
      flow.table(
        [
          { title: '#', share: 0.07 },
          { title: 'When (UTC)', share: 0.17 },
          { title: 'Who', share: 0.12 },
          { title: 'What happened', share: 0.44 },
          { title: 'Reason', share: 0.2 },
        ],
        rows,
      );
    },
    `Audit trail ${header.generatedBy} ${header.chainHead} ${text}`,
  );
}
