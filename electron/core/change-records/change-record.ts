import type Database from 'better-sqlite3';
import type { ChangeRecord } from '../../../shared/contract';
import { labelOf, revisionRows, type DocumentRow, type RevisionRow } from '../documents/document-queries';
import { changeRequestsOfRevision } from '../dcr/change-request-queries';
import { revisionVisibility } from '../documents/revision-access';
import type { SignedInUser } from '../users/user-records';
import { revisionStateFacts } from '../../../shared/lifecycle';
import { documentLinks } from '../links/document-links';
import { signatureRows } from '../workflow/signature-queries';
import { changeImpactOf } from './change-impact';

/** Drafts that did not go on (replaced by a newer draft, cancelled) are history, not change records. */
function notARecord(revision: RevisionRow): boolean {
  return revision.state === 'replaced' || revision.state === 'cancelled';
}

/**
 * A document's change record, oldest revision first, one entry per major revision (its latest draft):
 * the change summary and impact assessment, the change requests it carries out, the documents that use
 * this one, who reviewed and approved it (with the dates they signed), and its effective date. A reader who
 * does not see a revision still in work (revision-access.ts) gets the revisions that were in force.
 */
export function changeRecordOf(db: Database.Database, document: DocumentRow, reader: SignedInUser): ChangeRecord[] {
  const visible = revisionVisibility(db, reader);
  // What was once in force is the record everyone may read; work still in progress only for those who see it.
  const revisions = revisionRows(db, document.id).filter((r) => revisionStateFacts[r.state].wasEffective || visible(r));
  const latestOfMajor = revisions.filter((r, i) => !notARecord(r) && !revisions.slice(i + 1).some((later) => later.major_label === r.major_label && !notARecord(later)));
  const affected = documentLinks(db, document).usedBy.map((l) => l.number);
  return latestOfMajor.map((revision) => {
    const signatures = signatureRows(db, { revisionId: revision.id });
    const signers = (meaning: 'reviewed' | 'approved') => signatures.filter((s) => s.meaning === meaning).map((s) => ({ printedName: s.printed_name, username: s.username, signedAt: s.signed_at }));
    return {
      revision: labelOf(revision),
      state: revision.state,
      changeSummary: revision.change_summary,
      impact: changeImpactOf(db, revision),
      changeRequests: changeRequestsOfRevision(db, revision).map((c) => ({ number: c.number, reason: c.reason, requestedBy: c.requestedBy.username })),
      documentsAffected: affected,
      reviewers: signers('reviewed'),
      approvers: signers('approved'),
      effectiveDate: revision.effective_date,
    };
  });
}
