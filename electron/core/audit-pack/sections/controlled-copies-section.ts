import { controlledCopyRows, toControlledCopy } from '../../prints/copy-register';
import { csvField } from '../../reports/master-list-csv';
import type { AuditPackSection, PackScope } from '../audit-pack-section';

const columns = ['Document', 'Title', 'Revision', 'Revision state', 'Copy', 'Copyholder', 'Location', 'Issued by', 'Issued at (UTC)', 'Status', 'Due for recall since', 'Recalled at', 'Recalled by', 'Prints'];

function* copyRegisterCsv(scope: PackScope): Generator<string> {
  yield `\uFEFF${columns.join(',')}\r\n`;
  // Per document when documents were chosen, so a pack of ten documents never reads the whole register.
  const rows = scope.documentIds ? [...scope.documentIds].flatMap((documentId) => controlledCopyRows(scope.db, { documentId })) : controlledCopyRows(scope.db);
  for (const c of rows.map(toControlledCopy)) {
    yield `${[c.document, c.title, c.revision, c.revisionState, String(c.copyNumber), c.copyholder, c.location, c.issuedBy, c.issuedAt, c.status.replaceAll('_', ' '), c.dueForRecallAt ?? '', c.recalledAt ?? '', c.recalledBy ?? '', String(c.prints)].map(csvField).join(',')}\r\n`;
  }
}

/** The controlled-copy register: every numbered paper copy, who holds it, and whether it came back when superseded. */
export const controlledCopiesSection: AuditPackSection = {
  title: 'Controlled copies',
  description: 'Every controlled paper copy issued, its copyholder and location, and whether it was recalled when its revision was superseded.',
  async write(scope, pack) {
    await pack.add('controlled-copies/copy-register.csv', copyRegisterCsv(scope));
    return [{ path: 'controlled-copies/copy-register.csv', label: 'Controlled-copy register (CSV)' }];
  },
};
