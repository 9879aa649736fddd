import type { ChangeRequest } from '../../../../shared/contract';
import { changeRequestRegister } from '../../dcr/change-request-queries';
import { csvField } from '../../reports/master-list-csv';
import type { AuditPackSection, PackScope } from '../audit-pack-section';

const columns = ['DCR', 'Document', 'Title', 'Against revision', 'Reason', 'Proposal', 'Marked-up file SHA-256', 'Requested by', 'Requested at (UTC)', 'State', 'Decided by', 'Decided at (UTC)', 'Decision comment', 'Draft', 'Implemented in', 'Implemented at (UTC)'];

function cells(c: ChangeRequest): string[] {
  return [c.number, c.document, c.title, c.against, c.reason, c.proposal ?? '', c.markup?.sha256 ?? '', c.requestedBy.username, c.requestedAt, c.state, c.decidedBy?.username ?? '', c.decidedAt ?? '', c.decisionComment ?? '', c.draft ?? '', c.implementedIn ?? '', c.implementedAt ?? ''];
}

function* changeRequestCsv(scope: PackScope): Generator<string> {
  yield `\uFEFF${columns.join(',')}\r\n`;
  // Per document when documents were chosen, so a pack of ten documents never reads the whole register.
  const requests = scope.documentIds ? [...scope.documentIds].sort((a, b) => a - b).flatMap((documentId) => changeRequestRegister(scope.db, { documentId })) : changeRequestRegister(scope.db);
  for (const request of requests) yield `${cells(request).map(csvField).join(',')}\r\n`;
}

/** The DCR register: every change request, who asked and why, who decided, and the revision that carried it out. */
export const changeRequestsSection: AuditPackSection = {
  title: 'Change requests',
  description: 'Every document change request (DCR): who asked and why, the signed decision, and the revision that carried it out.',
  async write(scope, pack) {
    await pack.add('change-requests/dcr-register.csv', changeRequestCsv(scope));
    return [{ path: 'change-requests/dcr-register.csv', label: 'DCR register (CSV)' }];
  },
};
