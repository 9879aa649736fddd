import type Database from 'better-sqlite3';
import { labelOf, revisionRows, type DocumentRow, type RevisionRow } from '../documents/document-queries';
import { revisionStateFacts, type PrintedRevisionState } from '../../../shared/lifecycle';
import type { CopyDesignation, StampSpec } from '../pdf/stamp-spec';
import { keyAfterResetNote } from '../../../shared/key-after-reset-note';
import { signatureRows, toSignature } from '../workflow/signature-queries';
import { changeRequestsOfRevision } from '../dcr/change-request-queries';

// Signatures that attest the content belong on the manifest; acknowledgements and copy recalls do not.
const manifestMeanings = new Set(['authored', 'reviewed', 'approved', 'released', 'periodic-review', 'withdrawn']);

/** The state the paper shows: a rejected or replaced draft never became anything but a draft. */
export function printedStateOf(revision: RevisionRow): PrintedRevisionState {
  return revisionStateFacts[revision.state].printedAs;
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1).replace(/-/g, ' ');
}

/**
 * The print description of a revision, read from the vault: its identity and state, the signatures
 * of that revision, and the revision history as of it (released revisions up to it, with effective
 * date and change summary, plus the printed revision itself when it is not released).
 */
export function printStampSpec(db: Database.Database, document: DocumentRow, revision: RevisionRow, print: { copy: CopyDesignation; verificationCode: string; printedAt: Date; timeZone: string }): StampSpec {
  const history = revisionRows(db, document.id)
    .filter((r) => r.id <= revision.id && (revisionStateFacts[r.state].wasEffective || r.id === revision.id))
    .slice(-1000)
    .map((r, index) => ({ label: labelOf(r), effectiveDate: r.effective_date, changeSummary: r.change_summary ?? (index === 0 ? 'First issue.' : '') }));
  const signatures = signatureRows(db, { revisionId: revision.id })
    .filter((s) => manifestMeanings.has(s.meaning))
    .slice(-500)
    .map((s) => {
      const signature = toSignature(s);
      const note = keyAfterResetNote(signature);
      const rendition = signature.renditionSha256 ? { renditionSha256: signature.renditionSha256 } : {};
      return { printedName: s.printed_name, meaning: capitalised(s.meaning), signedAt: s.signed_at, timeZone: s.time_zone, contentSha256: s.content_sha256, ...rendition, ...(note ? { note } : {}) };
    });
  const changeRequests = changeRequestsOfRevision(db, revision)
    .slice(-500)
    .map((c) => ({ number: c.number, reason: c.reason, requestedBy: c.requestedBy.fullName, state: c.state }));
  return {
    documentNumber: document.number,
    title: document.title,
    revisionLabel: labelOf(revision),
    revisionState: printedStateOf(revision),
    effectiveDate: revision.effective_date,
    copy: print.copy,
    verificationCode: print.verificationCode,
    printedAt: print.printedAt.toISOString(),
    printTimeZone: print.timeZone,
    contentSha256: revision.sha256,
    ...(revision.rendition_sha256 ? { renditionSha256: revision.rendition_sha256 } : {}),
    signatures,
    revisionHistory: history,
    ...(changeRequests.length ? { changeRequests } : {}),
  };
}
