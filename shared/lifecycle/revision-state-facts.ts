import type { DocumentStatus, RevisionState } from './revision-states';

/** The states a print can show: a rejected or replaced draft never became anything but a draft. */
export type PrintedRevisionState = Exclude<RevisionState, 'replaced' | 'rejected'>;
export const printedRevisionStates = ['draft', 'in_review', 'in_approval', 'approved', 'effective', 'superseded', 'obsolete', 'cancelled'] as const satisfies readonly PrintedRevisionState[];

export interface RevisionStateFacts {
  /** The word shown for the state (badges, lists, sentences). */
  label: string;
  /** Printed across every page of a copy of a revision in this state; part of the record, never translated. Null: no watermark. */
  watermark: string | null;
  /** The state a print of the revision shows. */
  printedAs: PrintedRevisionState;
  /** The revision carries its released label (B) rather than its draft label (B.2). */
  releasedLabel: boolean;
  /** The revision is, or once was, the one in use: it belongs in the revision history printed on copies. */
  wasEffective: boolean;
  /** The revision is still being worked on: its metadata is the document's metadata now. */
  inProgress: boolean;
}

/** Everything the code knows about each revision state, in lifecycle order. */
export const revisionStateFacts: Record<RevisionState, RevisionStateFacts> = {
  draft: { label: 'Draft', watermark: 'DRAFT', printedAs: 'draft', releasedLabel: false, wasEffective: false, inProgress: true },
  replaced: { label: 'Replaced', watermark: 'DRAFT', printedAs: 'draft', releasedLabel: false, wasEffective: false, inProgress: false },
  in_review: { label: 'In review', watermark: 'IN REVIEW', printedAs: 'in_review', releasedLabel: false, wasEffective: false, inProgress: true },
  in_approval: { label: 'In approval', watermark: 'IN APPROVAL', printedAs: 'in_approval', releasedLabel: false, wasEffective: false, inProgress: true },
  rejected: { label: 'Rejected', watermark: 'DRAFT', printedAs: 'draft', releasedLabel: false, wasEffective: false, inProgress: false },
  approved: { label: 'Approved', watermark: 'NOT YET EFFECTIVE', printedAs: 'approved', releasedLabel: true, wasEffective: false, inProgress: false },
  effective: { label: 'Effective', watermark: null, printedAs: 'effective', releasedLabel: true, wasEffective: true, inProgress: false },
  superseded: { label: 'Superseded', watermark: 'SUPERSEDED', printedAs: 'superseded', releasedLabel: true, wasEffective: true, inProgress: false },
  obsolete: { label: 'Obsolete', watermark: 'OBSOLETE', printedAs: 'obsolete', releasedLabel: true, wasEffective: true, inProgress: false },
  cancelled: { label: 'Cancelled', watermark: 'CANCELLED', printedAs: 'cancelled', releasedLabel: false, wasEffective: false, inProgress: false },
};

/**
 * A revision still to come (being worked on, or released and waiting) or in force may be given a
 * read-and-understood quiz; one superseded, obsolete, cancelled, rejected or replaced may not.
 */
export function revisionMayCarryQuiz(state: RevisionState): boolean {
  const facts = revisionStateFacts[state];
  return facts.inProgress || (facts.releasedLabel && !facts.wasEffective) || state === 'effective';
}

/** The word shown for a revision state. */
export function revisionStateLabel(state: RevisionState): string {
  return revisionStateFacts[state].label;
}

export const documentStatusLabels: Record<DocumentStatus, string> = { active: 'Active', obsolete: 'Obsolete' };

/** The state inside a sentence: "is in review". */
export function revisionStateInWords(state: RevisionState): string {
  return revisionStateFacts[state].label.toLowerCase();
}

/**
 * The words a badge shows for a revision: its state's word, except an approved revision already
 * released for a later date, which waits as "Released — effective <date>".
 */
export function revisionBadgeLabel(state: RevisionState, effectiveDate: string | null): string {
  return state === 'approved' && effectiveDate !== null ? `Released — effective ${effectiveDate}` : revisionStateLabel(state);
}
