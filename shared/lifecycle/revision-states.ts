// The names of a revision's states and a document's statuses: the words stored in the vault, so
// they never change once released (the migrations' CHECK lists repeat them; a test keeps both equal).

export const revisionStates = [
  'draft',
  'replaced',
  'in_review',
  'in_approval',
  'rejected',
  'approved',
  'effective',
  'superseded',
  'obsolete',
  'cancelled',
] as const;
export type RevisionState = (typeof revisionStates)[number];

/** Whether a word read from a vault is a state of the lifecycle (a table rebuilt without its CHECK may hold any). */
export function isRevisionState(word: string): word is RevisionState {
  return (revisionStates as readonly string[]).includes(word);
}

/** The state every revision is born in: a new draft, or the draft that follows a rejection. */
export const initialRevisionState = 'draft' satisfies RevisionState;

export const documentStatuses = ['active', 'obsolete'] as const;
export type DocumentStatus = (typeof documentStatuses)[number];
