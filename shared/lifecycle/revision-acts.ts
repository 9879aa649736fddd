import type { Permission } from '../roles';
import type { RevisionState } from './revision-states';
import { revisionTransitions, type RevisionTransitionName } from './revision-transitions';

/**
 * Facts about the caller and the route that an act needs beyond state and permission; the core
 * works them out (`electron/core/workflow/revision-acts-for.ts`) and checks them again when the act runs.
 */
export type ActCondition =
  /** The document is active (not withdrawn). */
  | 'documentActive'
  /** The revision is the document's newest. */
  | 'newest'
  /** The caller wrote the revision, or holds documents.edit. */
  | 'authorOrController'
  /** The caller has a pending task in the route's current stage, and it is their turn. */
  | 'pendingTask'
  /** The caller did not write the revision (nobody approves their own work). */
  | 'notAuthor'
  /** The revision has no effective date yet (not released). */
  | 'notReleased';

export interface RevisionActRule {
  /** The contract method that performs it. */
  method: string;
  /** The permission the caller needs. */
  permission: Permission;
  /** The states of the revision the act applies to. */
  states: readonly RevisionState[];
  /** The state change it makes, if any (the table's transitions). */
  transition: RevisionTransitionName | null;
  needs: readonly ActCondition[];
}

const from = (name: RevisionTransitionName) => revisionTransitions[name].from;
const anyState: readonly RevisionState[] = ['draft', 'replaced', 'in_review', 'in_approval', 'rejected', 'approved', 'effective', 'superseded', 'obsolete', 'cancelled'];

/** What a user may do to a revision, in which states, with which permission. */
export const revisionActs = {
  submit: { method: 'revisions.submit', permission: 'revisions.submit', states: from('submit'), transition: 'submit', needs: ['documentActive', 'newest', 'authorOrController'] },
  signReview: { method: 'revisions.sign', permission: 'revisions.review', states: ['in_review'], transition: 'completeReview', needs: ['newest', 'pendingTask'] },
  signApproval: { method: 'revisions.sign', permission: 'revisions.approve', states: ['in_approval'], transition: 'approve', needs: ['newest', 'pendingTask', 'notAuthor'] },
  rejectReview: { method: 'revisions.reject', permission: 'revisions.review', states: ['in_review'], transition: 'reject', needs: ['newest', 'pendingTask'] },
  rejectApproval: { method: 'revisions.reject', permission: 'revisions.approve', states: ['in_approval'], transition: 'reject', needs: ['newest', 'pendingTask'] },
  release: { method: 'revisions.release', permission: 'revisions.release', states: from('makeEffective'), transition: 'makeEffective', needs: ['documentActive', 'newest', 'notReleased'] },
  cancel: { method: 'revisions.cancel', permission: 'revisions.draft', states: from('cancel'), transition: 'cancel', needs: ['documentActive', 'newest', 'authorOrController'] },
  // A new draft follows any revision that is not on its way to release; an open draft is replaced by it.
  createDraft: { method: 'revisions.createDraft', permission: 'revisions.draft', states: ['draft', 'replaced', 'rejected', 'effective', 'superseded', 'cancelled'], transition: 'replace', needs: ['documentActive', 'newest'] },
  // A draft not yet submitted takes a new file: the next draft number replaces it (content never changes in place).
  replaceContent: { method: 'revisions.replaceContent', permission: 'revisions.draft', states: from('replace'), transition: 'replace', needs: ['documentActive', 'newest', 'authorOrController'] },
  print: { method: 'prints.print', permission: 'prints.uncontrolled', states: anyState, transition: null, needs: [] },
  printControlled: { method: 'prints.print', permission: 'prints.controlled', states: ['effective'], transition: null, needs: ['documentActive'] },
} as const satisfies Record<string, RevisionActRule>;
export type RevisionAct = keyof typeof revisionActs;
export const revisionActNames = Object.keys(revisionActs) as RevisionAct[];

/** The states a revision must be in for the act. */
export function actStates(act: RevisionAct): readonly RevisionState[] {
  return revisionActs[act].states;
}

/** Of several acts (one per stage), the one that applies to a revision in `state`, or null. */
export function actFor(state: RevisionState, candidates: readonly RevisionAct[]): RevisionAct | null {
  return candidates.find((act) => actStates(act).includes(state)) ?? null;
}

/** What a user may do to a document as a whole. */
export const documentActs = {
  requestWithdrawal: { method: 'documents.requestWithdrawal', permission: 'documents.withdraw', needs: ['documentActive', 'noPendingWithdrawal'] },
  approveWithdrawal: { method: 'documents.approveWithdrawal', permission: 'revisions.approve', needs: ['documentActive', 'pendingWithdrawal', 'notRequester'] },
} as const satisfies Record<string, { method: string; permission: Permission; needs: readonly string[] }>;
export type DocumentAct = keyof typeof documentActs;
export const documentActNames = Object.keys(documentActs) as DocumentAct[];
