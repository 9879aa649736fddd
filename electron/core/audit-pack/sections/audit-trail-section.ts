import { auditCsvHeader, auditCsvLine } from '../../audit/export-audit-trail';
import { eachAuditEvent } from '../../audit/page-audit-events';
import type { AuditPackSection, PackScope } from '../audit-pack-section';

/** The trail of the period up to the pack's chain head, one event at a time (read a thousand at a time from the vault). */
function* trailCsv(scope: PackScope): Generator<string> {
  yield auditCsvHeader;
  const lastEvent = scope.chainHead?.eventId ?? 0;
  for (const event of eachAuditEvent(scope.db, { from: scope.from, to: scope.to, format: 'csv', destination: '' })) {
    if (event.id > lastEvent) return;
    yield auditCsvLine(event);
  }
}

/** The audit trail of the period, as the audit export writes it: every event in words, with its hash. */
export const auditTrailSection: AuditPackSection = {
  title: 'Audit trail',
  description: 'Every event of the period, oldest first: who did what, when, from which workstation and why, with each event’s hash in the chain.',
  async write(scope, pack) {
    await pack.add('audit-trail/audit-trail.csv', trailCsv(scope));
    return [{ path: 'audit-trail/audit-trail.csv', label: `Audit trail${scope.from || scope.to ? ` ${scope.from ?? 'start'} to ${scope.to ?? 'today'}` : ''} (CSV)` }];
  },
};
