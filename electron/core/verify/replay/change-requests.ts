import type Database from 'better-sqlite3';
import type { StateProblems } from './state-problems';
import { eventValue, integerField, stringField } from './trail-events';

interface RequestRow {
  id: number;
  against_major: string;
  against_draft: number;
  number: string;
  document_id: number;
  against_revision_id: number;
  reason: string;
  proposal: string | null;
  markup_sha256: string | null;
  requested_by: number;
  state: string;
  decided_signature_id: number | null;
  decided_by: number | null;
  implemented_revision_id: number | null;
}

/** What the trail says of one change request: who raised it, against what, and each decision after. */
interface ExpectedRequest {
  raisedBy: number | null;
  documentId: number;
  /** The label of the revision it is against, as it was when raised (A.1 for a draft, B once released). */
  against: string | undefined;
  reason: string | null;
  proposal: unknown;
  markupSha256: unknown;
  state: string;
  decidedBy: number | null;
  decidedSignatureId: number | null;
  implementedRevisionId: number | null;
}

interface RequestEvent {
  id: number;
  user_id: number | null;
  action: string;
  entity_id: number;
  new_value: string | null;
  reason: string | null;
}

const requestActions = ['change_request.raised', 'change_request.accepted', 'change_request.rejected', 'change_request.implemented'];

/**
 * Folds the change request events into what each request must be: raised (document, the revision it is
 * against, requester, reason, proposal, marked-up file), then accepted or rejected (signature, signer),
 * then implemented (the revision that made it effective). Keyed by the request's number.
 */
function expectedRequests(db: Database.Database): Map<string, ExpectedRequest & { raisedEvent: number }> {
  const expected = new Map<string, ExpectedRequest & { raisedEvent: number }>();
  const events = db.prepare(`SELECT id, user_id, action, CAST(entity_id AS INTEGER) AS entity_id, new_value, reason FROM audit_events WHERE action IN (${requestActions.map(() => '?').join(', ')}) ORDER BY id`).iterate(...requestActions) as IterableIterator<RequestEvent>;
  for (const event of events) {
    const value = eventValue(event.new_value);
    const number = stringField(value, 'changeRequest');
    if (number === undefined) continue;
    if (event.action === 'change_request.raised') {
      expected.set(number, {
        raisedEvent: event.id,
        raisedBy: event.user_id,
        documentId: event.entity_id,
        against: stringField(value, 'against'),
        reason: event.reason,
        proposal: value.proposal ?? null,
        markupSha256: value.markupSha256 ?? null,
        state: 'open',
        decidedBy: null,
        decidedSignatureId: null,
        implementedRevisionId: null,
      });
      continue;
    }
    const request = expected.get(number);
    if (!request) continue; // a decision on a request never raised: named below as a row without its event, if the row is there
    if (event.action === 'change_request.implemented') Object.assign(request, { state: 'implemented', implementedRevisionId: event.entity_id });
    else Object.assign(request, { state: event.action === 'change_request.accepted' ? 'accepted' : 'rejected', decidedBy: event.user_id, decidedSignatureId: integerField(value, 'signatureId') ?? null });
  }
  return expected;
}

/** The revision a request is against carries the label recorded when it was raised: its major label, and its draft number if it was a draft. */
function isRevisionLabelled(row: RequestRow, label: string | undefined): boolean {
  return label === row.against_major || label === `${row.against_major}.${row.against_draft}`;
}

/**
 * Holds every change request to the trail: who raised it, on which document and against which revision,
 * the reason, proposal and marked-up file, its state, who decided it with which signature, and the
 * revision that implemented it. A request's state is what the change record and the audit pack report.
 * Returns how many requests were checked.
 */
export function replayChangeRequests(db: Database.Database, problems: StateProblems): number {
  const expected = expectedRequests(db);
  let count = 0;
  const rows = db
    .prepare(
      `SELECT c.id, c.number, c.document_id, c.against_revision_id, r.major_label AS against_major, r.draft_number AS against_draft, c.reason, c.proposal,
              c.markup_sha256, c.requested_by, c.state, c.decided_signature_id, c.decided_by, c.implemented_revision_id
       FROM change_requests c LEFT JOIN revisions r ON r.id = c.against_revision_id ORDER BY c.id`,
    )
    .iterate() as IterableIterator<RequestRow>;
  for (const row of rows) {
    count += 1;
    const where = `change request ${row.number} (id ${row.id})`;
    const trail = expected.get(row.number);
    expected.delete(row.number);
    if (!trail) {
      problems.add(where, `${where} was not raised by any audit event.`);
      continue;
    }
    const differs = (what: string, inRow: unknown, inTrail: unknown) => {
      if (inRow !== inTrail) problems.add(where, `${where}: ${what} is ${JSON.stringify(inRow)} in the vault, but the audit trail says ${JSON.stringify(inTrail)}.`);
    };
    differs('the document', row.document_id, trail.documentId);
    if (!isRevisionLabelled(row, trail.against)) problems.add(where, `${where} is against revision ${row.against_major}.${row.against_draft} (id ${row.against_revision_id}) in the vault, but the audit trail says ${JSON.stringify(trail.against)}.`);
    differs('the requester', row.requested_by, trail.raisedBy);
    differs('the reason', row.reason, trail.reason);
    differs('the proposal', row.proposal, trail.proposal);
    differs('the marked-up file', row.markup_sha256, trail.markupSha256);
    differs('the state', row.state, trail.state);
    differs('the deciding signature', row.decided_signature_id, trail.decidedSignatureId);
    differs('who decided it', row.decided_by, trail.decidedBy);
    differs('the revision that implemented it', row.implemented_revision_id, trail.implementedRevisionId);
  }
  for (const [number, trail] of expected) problems.add(`audit event ${trail.raisedEvent}`, `Audit event ${trail.raisedEvent} raised change request ${number}, which is not in the vault.`);
  return count;
}
