import { csvField } from '../../reports/master-list-csv';
import { trainingMatrix } from '../../training/training-matrix';
import { trainingMatrixCsv } from '../../training/training-matrix-csv';
import type { AuditPackSection } from '../audit-pack-section';
import { documentNumbersOf } from './selected-documents';

const complianceColumns = ['Kind', 'Code', 'Name', 'Required', 'Done', 'Overdue', 'Compliance %'];

/** The training matrix on the day of the pack (people × documents with each acknowledgement), and compliance per job and per document. */
export const trainingMatrixSection: AuditPackSection = {
  title: 'Training',
  description: 'Who must read and understand which document in force, who has signed it and when, what is overdue; compliance per job function and per document.',
  async write(scope, pack) {
    const matrix = trainingMatrix(scope.db, scope.today);
    const chosen = scope.documentIds ? documentNumbersOf(scope.db, scope.documentIds) : null;
    const inPack = <T extends { document?: string; number?: string }>(item: T) => !chosen || chosen.has((item.document ?? item.number ?? '').toUpperCase());
    await pack.add('training/training-matrix.csv', `\uFEFF${trainingMatrixCsv(matrix.rows.filter(inPack))}`);
    const compliance = [
      ...matrix.jobs.map((j) => ['job', j.code, j.name, j.compliance] as const),
      ...matrix.documents.filter(inPack).map((d) => ['document', d.number, d.title, d.compliance] as const),
    ].map(([kind, code, name, c]) => [kind, code, name, String(c.required), String(c.done), String(c.overdue), c.percent === null ? '' : String(c.percent)]);
    await pack.add('training/compliance.csv', `\uFEFF${[complianceColumns, ...compliance].map((row) => `${row.map(csvField).join(',')}\r\n`).join('')}`);
    return [
      { path: 'training/training-matrix.csv', label: 'Training matrix and acknowledgements (CSV)' },
      { path: 'training/compliance.csv', label: 'Training compliance per job and per document (CSV)' },
    ];
  },
};
