import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareRevisionMetadata } from '../../../electron/core/diff/compare-revision-metadata';
import { compareRevisionTexts } from '../../../electron/core/diff/compare-revision-texts';
import type { ComparisonReportHeader } from '../../../electron/core/diff/report/comparison-report-header';
import { renderComparisonReportPdf } from '../../../electron/core/diff/report/render-comparison-report-pdf';
import { procedurePages } from '../../helpers/procedure-text';
import { pdfTextByPage, qpdfCheckClean, renderPagePng, squash } from '../../helpers/pdf-tools';
import { useTempDir } from '../../helpers/temp-dir';

const folder = useTempDir('comparison-report');
const revC = { pages: procedurePages(30, 3, 4).map((page) => page.join('\n')) };
const revD = {
  pages: revC.pages.map((page, i) => {
    if (i === 1) return page.replace('within five working days', 'within ten working days');
    if (i === 7) return `${page}\nΗ διαδικασία ισχύει για όλα τα εργοστάσια. 本程序适用于所有工厂。`;
    if (i % 3 === 2) return page.replace(/^.+?\.(?= )/u, 'A replaced requirement with a long identifier QA-FORM-0001-ATTACHMENT-B-REVISION-HISTORY-TABLE-CONTINUED.');
    return page;
  }),
};
const header: ComparisonReportHeader = {
  documentNumber: 'SOP-QA-0007',
  title: 'Control of documents and records',
  old: {
    label: 'C',
    sha256: 'a3f1c9e0b7d2485e9c1f0a6b3d7e2c4f8a1b9d0e3c5f7a2b4d6e8f0a1c3e5b7d',
    status: 'superseded',
    effectiveDate: '2024-02-01',
    changeSummary: 'Periodic review; no change of substance.',
    signatures: [{ printedName: 'Anna Meyer', meaning: 'Approved', signedAt: '2024-01-20T10:15:00+01:00' }],
  },
  new: {
    label: 'D',
    sha256: '0b7d2485e9c1f0a6b3d7e2c4f8a1b9d0e3c5f7a2b4d6e8f0a1c3e5b7da3f1c9e',
    status: 'in approval',
    changeSummary: 'Retention of training records aligned with EU GMP Annex 11; Greek and Chinese site notices added.',
    signatures: [
      { printedName: 'Bola Okafor', meaning: 'Authored', signedAt: '2025-03-03T16:02:00+00:00' },
      { printedName: '王芳', meaning: 'Reviewed', signedAt: '2025-03-04T09:12:00+08:00' },
    ],
  },
  generatedAt: '2025-03-05T11:00:00+01:00',
  generatedBy: 'Document controller C. Dubois',
  metadataChanges: compareRevisionMetadata({ owner: 'Anna Meyer', reviewIntervalMonths: 24 }, { owner: 'Bola Okafor', reviewIntervalMonths: 12 }),
};

describe('the comparison report', () => {
  it('is a valid PDF that names both revisions, their hashes and signatures, and shows every change with its pages', async () => {
    const comparison = compareRevisionTexts(revC, revD, { ignoreWhitespace: true, ignoreLineWrap: true });
    const path = join(folder, 'report.pdf');
    writeFileSync(path, await renderComparisonReportPdf(comparison, header));
    expect(qpdfCheckClean(path).ok).toBe(true);

    const pages = pdfTextByPage(path);
    const all = squash(pages.join(' '));
    expect(pages.length).toBeGreaterThan(1);
    for (const expected of ['SOP-QA-0007', 'Old: Rev C', 'New: Rev D', header.old.sha256, header.new.sha256, 'Reviewed: 王芳, 2025-03-04T09:12:00+08:00', 'Owner: Anna Meyer → Bola Okafor']) {
      expect(all).toContain(expected);
    }
    expect(all).toContain(`Pages changed in Rev C: ${comparison.summary.oldPagesChanged.join(', ')}.`);
    expect(all).toContain('本程序适用于所有工厂');
    expect(all).toMatch(/within five ten working days/u);
    expect(squash(pages[pages.length - 1] ?? '')).toContain(`Page ${pages.length} of ${pages.length}`);

    renderPagePng(path, 1, join(folder, 'report-page-1'));
  });

  it('says so when the two revisions have the same text', async () => {
    const comparison = compareRevisionTexts(revC, revC, { ignoreWhitespace: true, ignoreLineWrap: true });
    const path = join(folder, 'same.pdf');
    writeFileSync(path, await renderComparisonReportPdf(comparison, header));
    expect(squash(pdfTextByPage(path).join(' '))).toContain('The text of the two revisions is the same.');
  });
});
