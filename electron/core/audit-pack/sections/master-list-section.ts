import type { MasterListRow } from '../../../../shared/contract';
import { iterateMasterList } from '../../documents/master-list-rows';
import { masterListCsvLines } from '../../reports/master-list-csv';
import { renderMasterListPdf } from '../../reports/render-master-list-pdf';
import type { AuditPackSection, PackScope } from '../audit-pack-section';
import { documentNumbersOf } from './selected-documents';

function* selectedRows(scope: PackScope): Generator<MasterListRow> {
  const wanted = scope.documentIds ? documentNumbersOf(scope.db, scope.documentIds) : null;
  for (const row of iterateMasterList(scope.db, {}, true)) if (!wanted || wanted.has(row.number.toUpperCase())) yield row;
}

/** The master document list, as the register exports it: CSV for a spreadsheet, PDF to read. */
export const masterListSection: AuditPackSection = {
  title: 'Master document list',
  description: 'Every document with its revision in force, state, dates, owner, reviewers, approvers and controlled copies.',
  async write(scope, pack) {
    await pack.add('master-list/master-list.csv', ['\uFEFF', ...masterListCsvLines(selectedRows(scope))]);
    const pdf = await renderMasterListPdf(selectedRows(scope), { printedBy: scope.generatedBy, printedAt: `${scope.now.toISOString().slice(0, 16).replace('T', ' ')} UTC`, vaultName: 'audit pack', filters: scope.documentIds ? 'the documents chosen for the audit' : '' });
    await pack.add('master-list/master-list.pdf', pdf.bytes);
    return [
      { path: 'master-list/master-list.csv', label: 'Master list (CSV)' },
      { path: 'master-list/master-list.pdf', label: 'Master list (PDF)' },
    ];
  },
};
