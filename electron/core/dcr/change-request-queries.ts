import type Database from 'better-sqlite3';
import type { ChangeRequest, ChangeRequestState } from '../../../shared/contract';
import { QuireError } from '../../../shared/errors';
import { revisionLabel } from '../documents/revision-labels';
import type { RevisionState } from '../../../shared/contract';
import { statement } from '../vault/statements';

/** One change request with the names its register line shows. */
export interface ChangeRequestRow {
  id: number;
  number: string;
  document_id: number;
  document_number: string;
  title: string;
  owner_id: number;
  owner_username: string;
  against_revision_id: number;
  reason: string;
  proposal: string | null;
  markup_sha256: string | null;
  markup_file_name: string | null;
  markup_media_type: string | null;
  requested_by: number;
  requester_username: string;
  requester_name: string;
  requested_at: string;
  state: ChangeRequestState;
  decided_by: number | null;
  decider_username: string | null;
  decider_name: string | null;
  decided_at: string | null;
  decision_comment: string | null;
  draft_revision_id: number | null;
  implemented_revision_id: number | null;
  implemented_at: string | null;
  against_major: string;
  against_draft: number;
  against_state: RevisionState;
  draft_major: string | null;
  draft_number: number | null;
  draft_state: RevisionState | null;
  implemented_major: string | null;
  implemented_draft: number | null;
  implemented_state: RevisionState | null;
}

const changeRequestSelect = `SELECT c.*, d.number AS document_number, d.title, d.owner_id, o.username AS owner_username,
    rq.username AS requester_username, rq.full_name AS requester_name, dc.username AS decider_username, dc.full_name AS decider_name,
    ra.major_label AS against_major, ra.draft_number AS against_draft, ra.state AS against_state,
    rd.major_label AS draft_major, rd.draft_number AS draft_number, rd.state AS draft_state,
    ri.major_label AS implemented_major, ri.draft_number AS implemented_draft, ri.state AS implemented_state
  FROM change_requests c JOIN documents d ON d.id = c.document_id JOIN users o ON o.id = d.owner_id
  JOIN users rq ON rq.id = c.requested_by LEFT JOIN users dc ON dc.id = c.decided_by
  JOIN revisions ra ON ra.id = c.against_revision_id LEFT JOIN revisions rd ON rd.id = c.draft_revision_id
  LEFT JOIN revisions ri ON ri.id = c.implemented_revision_id`;

/** The register line of one change request, in the contract's shape. */
export function toChangeRequest(row: ChangeRequestRow): ChangeRequest {
  return {
    number: row.number,
    document: row.document_number,
    title: row.title,
    documentOwner: row.owner_username,
    against: revisionLabel(row.against_major, row.against_draft, row.against_state),
    reason: row.reason,
    proposal: row.proposal,
    markup: row.markup_sha256 ? { fileName: row.markup_file_name ?? '', sha256: row.markup_sha256, mediaType: row.markup_media_type ?? '' } : null,
    requestedBy: { username: row.requester_username, fullName: row.requester_name },
    requestedAt: row.requested_at,
    state: row.state,
    decidedBy: row.decider_username ? { username: row.decider_username, fullName: row.decider_name ?? '' } : null,
    decidedAt: row.decided_at,
    decisionComment: row.decision_comment,
    draft: row.draft_major && row.draft_number !== null && row.draft_state ? revisionLabel(row.draft_major, row.draft_number, row.draft_state) : null,
    implementedIn: row.implemented_major && row.implemented_draft !== null && row.implemented_state ? revisionLabel(row.implemented_major, row.implemented_draft, row.implemented_state) : null,
    implementedAt: row.implemented_at,
  };
}

/** The change request numbered `number` (DCR-0001), or CHANGE_REQUEST_NOT_FOUND. */
export function requireChangeRequestRow(db: Database.Database, number: string): ChangeRequestRow {
  const row = statement<[string], ChangeRequestRow>(db, `${changeRequestSelect} WHERE c.number = ?`).get(number);
  if (!row) throw new QuireError('CHANGE_REQUEST_NOT_FOUND', { dcr: number });
  return row;
}

export function changeRequestRowById(db: Database.Database, id: number): ChangeRequestRow {
  return statement<[number], ChangeRequestRow>(db, `${changeRequestSelect} WHERE c.id = ?`).get(id)!;
}

/**
 * The DCR register as plain rows, oldest first: every request, or those of one status or one document.
 * The register screen, the CLI and the audit pack all read it from here.
 */
export function changeRequestRegister(db: Database.Database, filter: { status?: ChangeRequestState | undefined; documentId?: number | undefined } = {}): ChangeRequest[] {
  const rows = statement<{ status: string | null; documentId: number | null }, ChangeRequestRow>(
    db,
    `${changeRequestSelect} WHERE (@status IS NULL OR c.state = @status) AND (@documentId IS NULL OR c.document_id = @documentId) ORDER BY c.id`,
  ).all({ status: filter.status ?? null, documentId: filter.documentId ?? null });
  return rows.map(toChangeRequest);
}

/**
 * The change requests a revision carries out: those accepted into a draft of the same major revision of
 * the document (a rejected B.1 reopened as B.2 still carries what was accepted into B.1).
 */
export function changeRequestsOfRevision(db: Database.Database, revision: { document_id: number; major_label: string }): ChangeRequest[] {
  return statement<[number, string], ChangeRequestRow>(db, `${changeRequestSelect} WHERE c.document_id = ? AND rd.major_label = ? ORDER BY c.id`)
    .all(revision.document_id, revision.major_label)
    .map(toChangeRequest);
}
