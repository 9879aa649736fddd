import { params, type ErrorCodeTable } from './error-code-spec';

/** A refusal that names the document's newest revision and the state it is in (or that it has none). */
type NewestRevisionState = { number: string; act: 'submitted' | 'cancelled' | 'released' | 'signed' | 'rejected' | 'given-new-file'; label?: string; state?: string };
type RevisionRef = { number: string; label: string };
type Stage = 'review' | 'approval';

export const workflowErrorCodes = {
  REVISION_NOT_DRAFT: params<NewestRevisionState>(),
  ASSIGNEE_NOT_QUALIFIED: params<{ username: string; number: string; stage: Stage; reason: 'disabled' | 'missing-role' }>(),
  ROUTE_INCOMPLETE: params<{ number: string; type: string }>(),
  /** With `state` from a newest-revision check; with `label` alone when the route is closed; `taskState` for a task no longer pending. */
  ROUTE_NOT_OPEN: params<NewestRevisionState | { taskState: string }>(),
  NOT_ASSIGNED: params<RevisionRef & { username: string; stage: Stage }>(),
  NOT_YOUR_TURN: params<{ number: string; before?: string }>(),
  REVIEW_NOT_COMPLETE: params<RevisionRef>(),
  /** Without a revision when the task was completed by a concurrent call. */
  ALREADY_SIGNED: params<(RevisionRef & { username: string; stage: Stage }) | { meanwhile: true }>(),
  SELF_APPROVAL: params<(RevisionRef & { username: string; act: 'approve' | 'review' }) | { withdrawal: true }>(),
  /** `usernames` are the people named both as reviewer and as approver. */
  DUTIES_NOT_SEPARATED: params<{ number: string; usernames: string[] }>(),
  /** `sha256Prefix` is the first 16 hex digits of the frozen or recorded hash. */
  CONTENT_TAMPERED: params<{ number?: string; label?: string; sha256Prefix: string; what: 'frozen-content' | 'content' | 'rendition' }>(),
  COMMENT_REQUIRED: params(),
  REVISION_NOT_APPROVED: params<NewestRevisionState>(),
  REVISION_ALREADY_RELEASED: params<RevisionRef & { effectiveDate: string }>(),
  EFFECTIVE_DATE_PAST: params<{ date: string; today: string }>(),
  NO_SIGNING_KEY: params(),
  REVISION_NOT_EFFECTIVE: params<{ number: string }>(),
  WITHDRAWAL_NOT_PENDING: params<{ number: string }>(),
  /** `requestedBy` is the user name of whoever asked first. */
  WITHDRAWAL_ALREADY_PENDING: params<{ number: string; requestedBy: string }>(),
  /** A route task's due date before today (`today` is the workstation's calendar date). */
  DUE_DATE_PAST: params<{ date: string; today: string }>(),
  TRAINING_NOT_ASSIGNED: params<RevisionRef & { username: string }>(),
  /** The revision is `state` now, which the transition to `next` does not start from: someone acted on it meanwhile. */
  REVISION_STATE_CHANGED: params<{ state: string; next: string }>(),
  ALREADY_ACKNOWLEDGED: params<RevisionRef & { username: string }>(),
  /** A signature (reviewed, approved, read and understood, periodic review, withdrawal) before the signer opened that content. */
  DOCUMENT_NOT_VIEWED: params<RevisionRef & { username: string; act: 'reviewed' | 'approved' | 'read-and-understood' | 'periodic-review' | 'withdrawn' }>(),
} as const satisfies ErrorCodeTable;
