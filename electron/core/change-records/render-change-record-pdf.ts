import type { ChangeRecord } from '../../../shared/contract';
import { changeImpactWords } from '../../../shared/change-impact-words';
import { embedUnicodeFonts } from '../pdf/fonts';
import { PageFlow } from '../pdf/page-flow';
import { PageSizes, PDFDocument } from '../pdf/pdf-lib';

const signers = (list: ChangeRecord['reviewers']) => (list.length ? list.map((s) => `${s.printedName} (${s.username}), ${s.signedAt.slice(0, 16).replace('T', ' ')} UTC`).join('\n') : '—');

/** The words of one revision's change record, as label/value pairs in the order an auditor reads them. */
export function changeRecordLines(record: ChangeRecord): [string, string][] {
  return [
    ['Description of the change', record.changeSummary ?? '—'],
    ['Change requests', record.changeRequests.length ? record.changeRequests.map((c) => `${c.number} (${c.requestedBy}): ${c.reason}`).join('\n') : '—'],
    ['Impact assessment', changeImpactWords(record.impact)],
    ['Documents affected (using this one)', record.documentsAffected.join(', ') || '—'],
    ['Reviewed by', signers(record.reviewers)],
    ['Approved by', signers(record.approvers)],
    ['Effective date', record.effectiveDate ?? 'not yet effective'],
  ];
}

/**
 * A document's change record as an A4 PDF: one section per revision with what changed and why, its
 * impact, the documents affected, the reviewers and approvers with dates, and the effective date.
 */
export async function renderChangeRecordPdf(document: { number: string; title: string }, records: ChangeRecord[], generatedBy: string, now: Date): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(`Change record – ${document.number}`);
  doc.setCreator('Quire');
  const fonts = await embedUnicodeFonts(doc);
  const [width, height] = PageSizes.A4;
  const flow = new PageFlow(doc, fonts, width, height);
  flow.newPage();
  flow.line(`Change record – ${document.number} ${document.title}`, 14, 'bold');
  flow.line(`Generated ${now.toISOString().slice(0, 16).replace('T', ' ')} UTC by ${generatedBy}`, 8);
  flow.gap(10);
  if (records.length === 0) flow.line('This document has no revisions.', 9);
  for (const record of records) {
    flow.line(`Revision ${record.revision} (${record.state.replace('_', ' ')})`, 11, 'bold');
    flow.gap(4);
    flow.table([{ title: 'Record', share: 0.3 }, { title: 'Entry', share: 0.7 }], changeRecordLines(record));
    flow.gap(12);
  }
  flow.finish();
  return doc.save();
}
