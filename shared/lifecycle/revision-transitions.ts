import type { RevisionState } from './revision-states';

export interface RevisionTransition {
  from: readonly RevisionState[];
  to: RevisionState;
  /** What causes it, in a few words (docs/ARCHITECTURE.md shows this table). */
  when: string;
}

/**
 * Every change of a revision's state there is. The core writes a state only through
 * `changeRevisionState`, which refuses a change this table does not list.
 */
export const revisionTransitions = {
  submit: { from: ['draft'], to: 'in_review', when: 'the author or a controller submits it for review' },
  completeReview: { from: ['in_review'], to: 'in_approval', when: 'the last reviewer signs' },
  approve: { from: ['in_approval'], to: 'approved', when: 'the last approver signs' },
  reject: { from: ['in_review', 'in_approval'], to: 'rejected', when: 'a reviewer or approver rejects it (a new draft with the same content follows)' },
  replace: { from: ['draft'], to: 'replaced', when: 'a newer draft is started before this one was submitted' },
  cancel: { from: ['draft', 'in_review'], to: 'cancelled', when: 'its author or a controller cancels it' },
  makeEffective: { from: ['approved'], to: 'effective', when: 'its released effective date comes' },
  supersede: { from: ['effective'], to: 'superseded', when: 'the next revision becomes effective (its controlled copies fall due for recall)' },
  makeObsolete: { from: ['effective'], to: 'obsolete', when: 'the document is withdrawn (its controlled copies fall due for recall)' },
  // A bulk import records what the previous system released: no Quire route ran, the controller attests it.
  importReleased: { from: ['draft'], to: 'effective', when: 'an import records a revision released under the previous system (the importing controller attests it)' },
  cancelOnWithdrawal: { from: ['draft', 'in_review', 'in_approval', 'approved'], to: 'cancelled', when: 'the document is withdrawn while it was under way' },
} as const satisfies Record<string, RevisionTransition>;
export type RevisionTransitionName = keyof typeof revisionTransitions;

/** True when the table lets a revision in `state` take the transition. */
export function transitionApplies(name: RevisionTransitionName, state: RevisionState): boolean {
  return (revisionTransitions[name].from as readonly RevisionState[]).includes(state);
}

/** Of several transitions, the one that applies to a revision in `state`, or null. */
export function transitionFrom(state: RevisionState, candidates: readonly RevisionTransitionName[]): RevisionTransitionName | null {
  return candidates.find((name) => transitionApplies(name, state)) ?? null;
}
