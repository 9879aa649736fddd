import { integerField, stringField, stringListField, type TrailEvent } from './trail-events';

export interface ExpectedTask {
  stage: 'review' | 'approval';
  position: number;
  username: string;
  state: 'pending' | 'signed' | 'rejected' | 'closed';
  signatureId: number | null;
}

export interface ExpectedRoute {
  approvalMode: string | undefined;
  contentSha256: string | undefined;
  state: 'open' | 'completed' | 'rejected' | 'cancelled';
  tasks: ExpectedTask[];
  openedBy: number;
}

/** A signature an event recorded; `id` is null only for a release recorded before schema 6. */
export interface ExpectedSignature {
  id: number | null;
  meaning: string;
  userId: number | null;
  eventId: number;
}

export interface ExpectedCopy {
  copyholder: string | undefined;
  location: string | undefined;
  status: string;
  signatureId: number | null;
}

/** What the trail says one revision's row, routes, signatures and controlled copies must be. */
export interface ExpectedRevision {
  drafted: boolean;
  sha256: string | undefined;
  /** The stored text's hash when the drafting event recorded it (schema 6 on). */
  textSha256: string | null | undefined;
  state: string | undefined;
  /** The author's PDF rendition's hash, as the last `revision.rendition_supplied` event set it (null: none). */
  renditionSha256: string | null;
  effectiveDate: string | null;
  /** Where an imported revision's file came from, as its revision.imported event says (null: not imported). */
  importedFrom: string | null;
  routes: ExpectedRoute[];
  signatures: ExpectedSignature[];
  copies: Map<number, ExpectedCopy>;
}

export function newExpectedRevision(): ExpectedRevision {
  return { drafted: false, sha256: undefined, textSha256: undefined, state: undefined, renditionSha256: null, effectiveDate: null, importedFrom: null, routes: [], signatures: [], copies: new Map() };
}

const stageOfMeaning: Record<string, 'review' | 'approval'> = { reviewed: 'review', approved: 'approval' };

function openRoute(revision: ExpectedRevision): ExpectedRoute | undefined {
  return revision.routes.findLast((r) => r.state === 'open');
}

function closeRoute(route: ExpectedRoute | undefined, state: ExpectedRoute['state']): void {
  if (!route) return;
  route.state = state;
  for (const task of route.tasks) if (task.state === 'pending') task.state = 'closed';
}

function recordSignature(revision: ExpectedRevision, event: TrailEvent, meaning: string): number | null {
  const id = integerField(event.value, 'signatureId') ?? null;
  revision.signatures.push({ id, meaning, userId: event.userId, eventId: event.id });
  return id;
}

function submittedRoute(event: TrailEvent): ExpectedRoute {
  const tasksOf = (stage: 'review' | 'approval', names: string[]) => names.map((username, i) => ({ stage, position: i + 1, username, state: 'pending' as const, signatureId: null }));
  return {
    approvalMode: stringField(event.value, 'approvalMode'),
    contentSha256: stringField(event.value, 'contentSha256'),
    state: 'open',
    tasks: [...tasksOf('review', stringListField(event.value, 'reviewers') ?? []), ...tasksOf('approval', stringListField(event.value, 'approvers') ?? [])],
    openedBy: event.userId ?? 0,
  };
}

function applyCopyEvent(revision: ExpectedRevision, event: TrailEvent): void {
  const copyNumber = integerField(event.value, 'copyNumber');
  if (copyNumber === undefined) return;
  if (event.action === 'revision.copy_issued') {
    revision.copies.set(copyNumber, { copyholder: stringField(event.value, 'copyholder'), location: stringField(event.value, 'location'), status: 'issued', signatureId: null });
    return;
  }
  const copy = revision.copies.get(copyNumber);
  const status = stringField(event.value, 'status');
  if (!copy || !status) return;
  copy.status = status;
  if (event.action === 'revision.copy_recalled') copy.signatureId = recordSignature(revision, event, 'recalled');
}

/** Folds one revision event (drafted, state changes, route acts, signatures, copies) into the expected state. */
export function applyRevisionEvent(revision: ExpectedRevision, event: TrailEvent): void {
  const v = event.value;
  const state = stringField(v, 'state');
  if (state !== undefined) revision.state = state;
  switch (event.action) {
    case 'revision.drafted':
      revision.drafted = true;
      revision.state = 'draft';
      revision.sha256 = stringField(v, 'sha256');
      revision.textSha256 = 'textSha256' in v ? (stringField(v, 'textSha256') ?? null) : undefined;
      // A draft reopened after a rejection carries the rejected revision's supplied PDF.
      revision.renditionSha256 = stringField(v, 'renditionSha256') ?? null;
      break;
    case 'revision.rendition_supplied':
      revision.renditionSha256 = stringField(v, 'sha256') ?? null;
      break;
    case 'revision.submitted':
      revision.routes.push(submittedRoute(event));
      break;
    case 'revision.signed': {
      const id = recordSignature(revision, event, stringField(v, 'meaning') ?? '');
      const task = openRoute(revision)?.tasks.find((t) => t.stage === stageOfMeaning[stringField(v, 'meaning') ?? ''] && t.username === event.username && t.state === 'pending');
      if (task) Object.assign(task, { state: 'signed', signatureId: id });
      break;
    }
    case 'revision.approved':
      closeRoute(openRoute(revision), 'completed');
      break;
    case 'revision.rejected': {
      const route = openRoute(revision);
      const task = route?.tasks.find((t) => t.stage === stringField(v, 'stage') && t.username === event.username && t.state === 'pending');
      if (task) task.state = 'rejected';
      closeRoute(route, 'rejected');
      break;
    }
    case 'revision.cancelled':
    case 'revision.obsolete':
      closeRoute(openRoute(revision), 'cancelled');
      break;
    case 'revision.released':
      revision.effectiveDate = stringField(v, 'effectiveDate') ?? revision.effectiveDate;
      recordSignature(revision, event, 'released');
      break;
    case 'revision.imported':
      // A release under the previous system: the state and date as imported, attested by the controller's signature.
      revision.effectiveDate = stringField(v, 'effectiveDate') ?? null;
      revision.importedFrom = stringField(v, 'sourcePath') ?? null;
      if (integerField(v, 'signatureId') !== undefined) recordSignature(revision, event, 'import-attested');
      break;
    case 'revision.effective':
      revision.effectiveDate = stringField(v, 'effectiveDate') ?? revision.effectiveDate;
      break;
    case 'revision.periodic_review_completed':
      recordSignature(revision, event, 'periodic-review');
      break;
    case 'training.acknowledged':
      recordSignature(revision, event, 'read-and-understood');
      break;
    // Change control signs on a revision: a change request's decision, a linked document's "no change needed".
    case 'change_request.accepted':
      recordSignature(revision, event, 'change-accepted');
      break;
    case 'change_request.rejected':
      recordSignature(revision, event, 'change-rejected');
      break;
    case 'linked_change.no_change':
      recordSignature(revision, event, 'no-change-needed');
      break;
    case 'revision.copy_issued':
    case 'revision.copy_due_for_recall':
    case 'revision.copy_recalled':
      applyCopyEvent(revision, event);
      break;
  }
}
