import { vaultVerifyChecks } from '../../api/vault-verify-checks';
import { verifyVault } from '../../verify/verify-vault';
import type { AuditPackSection } from '../audit-pack-section';

/** The whole-vault check of the day: the hash chain, every content hash, the signatures and the state against the trail. */
export const verifyReportSection: AuditPackSection = {
  title: 'Verification report',
  description: 'The check of the whole vault the day the pack was made: the audit trail’s hash chain and its head, every stored file’s hash, every signature.',
  async write(scope, pack) {
    const report = verifyVault(scope.db, vaultVerifyChecks);
    const lines = [
      `Vault check: ${report.ok ? 'OK' : `${report.problems.length} problem(s)`}`,
      `Audit events: ${report.auditEvents}, chain head ${report.auditHead}`,
      `Stored contents: ${report.contents} (${report.contentBytes} bytes), revisions ${report.revisions}, signatures ${report.signatures}`,
      ...report.problems.map((p) => `PROBLEM (${p.kind}) ${p.location}: ${p.message}`),
    ];
    await pack.add('verify/verify-report.txt', `${lines.join('\r\n')}\r\n`);
    await pack.add('verify/verify-report.json', JSON.stringify(report, null, 2));
    return [
      { path: 'verify/verify-report.txt', label: `Verification report (${report.ok ? 'OK' : 'problems found'})` },
      { path: 'verify/verify-report.json', label: 'Verification report (JSON)' },
    ];
  },
};
