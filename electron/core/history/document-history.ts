import type Database from 'better-sqlite3';
import type { ChangeImpact, HistoryEntry } from '../../../shared/contract';
import { changeImpactWords } from '../../../shared/change-impact-words';
import { auditEventSentence } from '../../../shared/messages/en/audit-event-sentences';
import { toAuditEntry } from '../audit/audit-entry';
import type { AuditEventRow } from '../audit/audit-event-row';
import { labelOf, revisionRows, type DocumentRow } from '../documents/document-queries';

type Details = Record<string, unknown>;

// How each act reads on the time line; acts without an entry read as their action name.
const describe: Record<string, (d: Details) => string> = {
  'document.registered': (d) => `Registered "${String(d.title)}" (${String(d.type)}), owner ${String(d.owner)}`,
  'document.updated': () => 'Metadata changed',
  'document.withdrawal_requested': () => 'Withdrawal requested',
  'document.withdrawn': () => 'Withdrawn: the document is obsolete',
  'document.clauses_changed': (d) => `Mapped to ${String(d.standard)} clauses: ${Array.isArray(d.clauses) && d.clauses.length ? d.clauses.join(', ') : 'none'}`,
  'revision.drafted': (d) => `Draft ${String(d.label)} from ${String(d.fileName)}${d.changeSummary ? ` — ${String(d.changeSummary)}` : ''}`,
  'revision.replaced': (d) => `Draft replaced by ${String(d.by)}`,
  'revision.submitted': (d) => `Submitted for review by ${(d.reviewers as string[]).join(', ')}, approval by ${(d.approvers as string[]).join(', ')} (${String(d.approvalMode)})`,
  'revision.signed': (d) => `Signed: ${String(d.meaning)}`,
  'revision.viewed': (d) => (d.how === 'declared' ? 'Opened (the signer declared reading the exported file)' : `Viewed: ${String(d.pagesShown)} of ${String(d.pageCount)} page(s) shown`),
  'revision.review_completed': () => 'Review complete; approval starts',
  'revision.rejected': (d) => `Rejected at ${String(d.stage)}`,
  'revision.approved': () => 'Approved',
  'revision.released': (d) => `Released, effective ${String(d.effectiveDate)}`,
  'revision.effective': (d) => `Effective from ${String(d.effectiveDate)}${d.supersedes ? `, superseding ${String(d.supersedes)}` : ''}; next review by ${String(d.nextReviewDate)}`,
  'revision.superseded': () => 'Superseded',
  'revision.cancelled': () => 'Cancelled',
  'revision.obsolete': () => 'Obsolete',
  'revision.periodic_review_completed': (d) => `Periodic review: no change; next review by ${String(d.nextReviewDate)}`,
  'training.assigned': (d) => `Read-and-understood assigned to ${(d.users as string[]).join(', ') || 'nobody new'}`,
  'training.acknowledged': () => 'Read and understood (signed)',
  'change_request.raised': (d) => `Change requested: ${String(d.changeRequest)}`,
  'change_request.accepted': (d) => `${String(d.changeRequest)} accepted (signed)${d.draft ? `; carried out in ${String(d.draft)}` : ''}`,
  'change_request.rejected': (d) => `${String(d.changeRequest)} rejected (signed)`,
  'change_request.implemented': (d) => `${String(d.changeRequest)} implemented`,
  'revision.change_record_stated': (d) => `Change record stated${d.impact ? `: ${changeImpactWords(d.impact as ChangeImpact)}` : ''}`,
  'document.linked': (d) => `Linked: uses ${String(d.uses)} (${String(d.kind)})`,
  'linked_change.opened': (d) => `Linked document ${String(d.changed)} ${String(d.label)} became effective: ${String(d.owner)} to check this document`,
  'linked_change.closed': (d) => `Linked-document check closed by ${String(d.changeRequest)}`,
  'linked_change.no_change': (d) => `Linked-document check: no change needed (signed) for ${(d.closed as string[]).join(', ')}`,
  'revision.rendition_created': (d) => `PDF rendition for printing recorded (${String(d.kind)}, ${String(d.tool)}), ${String(d.pages)} page(s), SHA-256 ${String(d.sha256).slice(0, 16)}…`,
  'revision.printed': (d) => `${printedWhat(d)}: ${String(d.pages)} page(s), ${d.mode === 'cover-sheet' ? 'behind a stamped cover sheet' : 'stamped'}, verification code ${String(d.verificationCode)}`,
  'revision.copy_issued': (d) => `Controlled copy No. ${String(d.copyNumber)} issued to ${String(d.copyholder)} (${String(d.location)})`,
  'revision.copy_due_for_recall': (d) => `Controlled copy No. ${String(d.copyNumber)} (${String(d.copyholder)}, ${String(d.location)}) due for recall: the revision is ${String(d.revisionState)}`,
  'revision.copy_recalled': (d) => `Controlled copy No. ${String(d.copyNumber)} (${String(d.copyholder)}) recorded as ${String(d.status)} (signed)`,
};

function printedWhat(d: Details): string {
  if (d.kind === 'uncontrolled') return `Uncontrolled copy printed${d.printedState === 'effective' ? '' : ` (marked ${String(d.printedState).replace('_', ' ').toUpperCase()})`}`;
  return `${d.kind === 'reprint' ? 'REPRINT of controlled' : 'Controlled'} copy No. ${String(d.copyNumber)} printed for ${String(d.copyholder)} (${String(d.location)})`;
}

/**
 * One document's whole life on one time line, oldest first, read from the audit trail: the
 * document's own events and those of every one of its revisions (state changes, signatures,
 * prints, copies), each with who, when, where and why.
 */
export function documentHistory(db: Database.Database, document: DocumentRow): HistoryEntry[] {
  const labels = new Map(revisionRows(db, document.id).map((r) => [String(r.id), labelOf(r)]));
  const revisionIds = [...labels.keys()];
  const rows = db
    .prepare(
      `SELECT * FROM audit_events
       WHERE (entity_type = 'document' AND entity_id = ?)
          OR (entity_type = 'revision' AND entity_id IN (SELECT value FROM json_each(?)))
       ORDER BY id`,
    )
    .all(String(document.id), JSON.stringify(revisionIds)) as AuditEventRow[];
  return rows.map((row) => {
    const details = (row.new_value ? JSON.parse(row.new_value) : {}) as Details;
    const text = describe[row.action]?.(details) ?? (typeof details.description === 'string' ? details.description : row.action);
    return {
      id: row.id,
      at: row.occurred_at,
      user: row.username,
      workstation: row.workstation,
      action: row.action,
      revision: row.entity_type === 'revision' ? (typeof details.label === 'string' ? details.label : (labels.get(row.entity_id ?? '') ?? null)) : null,
      description: text,
      sentence: auditEventSentence(toAuditEntry(db, row)),
      reason: row.reason,
    };
  });
}
