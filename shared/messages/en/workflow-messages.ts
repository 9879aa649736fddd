import type { workflowErrorCodes } from '../../errors/workflow-error-codes';
import type { SentencesFor } from '../message-catalogue';
import { stateWords } from './english-words';

type NewestRevisionState = { number: string; act: string; label?: string; state?: string };

/** "SOP-1 cannot be submitted: its newest revision B.1 is in review." */
function newestRevisionIn({ number, act, label, state }: NewestRevisionState): string {
  return `${number} cannot be ${act === 'given-new-file' ? 'given a new file' : act}: ${label && state ? `its newest revision ${label} is ${stateWords(state)}` : 'it has no revisions'}.`;
}

const role = (stage: 'review' | 'approval') => (stage === 'review' ? 'reviewer' : 'approver');

export const workflowMessages: SentencesFor<typeof workflowErrorCodes> = {
  REVISION_NOT_DRAFT: newestRevisionIn,
  ASSIGNEE_NOT_QUALIFIED: ({ username, number, stage, reason }) =>
    `${username} cannot ${stage === 'review' ? 'review' : 'approve'} ${number}: ${reason === 'disabled' ? 'the account is disabled' : `the user does not hold the ${role(stage)} role`}.`,
  ROUTE_INCOMPLETE: ({ number, type }) => `Name at least one reviewer and one approver for ${number} (no route template for ${type} supplies them).`,
  ROUTE_NOT_OPEN: (p) => {
    if ('taskState' in p) return `That task is ${p.taskState}.`;
    return p.label && !p.state ? `${p.number} ${p.label} has no open route.` : newestRevisionIn(p);
  },
  NOT_ASSIGNED: ({ username, number, label, stage }) => `${username} is not ${stage === 'review' ? 'a reviewer' : 'an approver'} on the route of ${number} ${label}.`,
  NOT_YOUR_TURN: ({ number, before }) => `Approval of ${number} is sequential: ${before ?? 'an earlier approver'} signs first.`,
  REVIEW_NOT_COMPLETE: ({ number, label }) => `${number} ${label} is still in review: approval starts when every reviewer has signed.`,
  ALREADY_SIGNED: (p) => ('meanwhile' in p ? 'That task was completed meanwhile.' : `${p.username} has already signed ${p.number} ${p.label} as ${role(p.stage)}.`),
  SELF_APPROVAL: (p) => {
    if ('withdrawal' in p) return 'The person who asked for a withdrawal cannot also approve it.';
    return `${p.username} wrote ${p.number} ${p.label} and cannot ${p.act} it.`;
  },
  DUTIES_NOT_SEPARATED: ({ number, usernames }) =>
    `${usernames.join(', ')} cannot both review and approve ${number}: the reviewers and the approvers of one route must be different people (a vault setting may relax this).`,
  CONTENT_TAMPERED: ({ number, label, sha256Prefix, what }) => {
    if (what === 'frozen-content') {
      return `${number} revision ${label}: its stored content no longer matches the content that was frozen for review (SHA-256 ${sha256Prefix}…); it was changed outside Quire. Nothing was signed. Have an administrator verify the vault.`;
    }
    return `The stored ${what === 'rendition' ? 'PDF rendition' : 'content'}${label ? ` of ${label}` : ''} no longer matches its recorded SHA-256 (${sha256Prefix}…); it was changed outside Quire. Nothing was printed. Have an administrator verify the vault.`;
  },
  COMMENT_REQUIRED: () => 'Say why: a comment is required.',
  REVISION_NOT_APPROVED: newestRevisionIn,
  REVISION_ALREADY_RELEASED: ({ number, label, effectiveDate }) => `${number} ${label} is already released, effective ${effectiveDate}; it becomes effective on that date.`,
  EFFECTIVE_DATE_PAST: ({ date, today }) => `The effective date ${date} is before today (${today}).`,
  NO_SIGNING_KEY: () => 'You have no signing key yet: set your own password first, then sign.',
  REVISION_NOT_EFFECTIVE: ({ number }) => `${number} has no effective revision.`,
  WITHDRAWAL_NOT_PENDING: ({ number }) => `No withdrawal of ${number} is waiting for approval; a controller requests it first.`,
  WITHDRAWAL_ALREADY_PENDING: ({ number, requestedBy }) => `A withdrawal of ${number} requested by ${requestedBy} is already waiting for an approver; it cannot be requested twice.`,
  DUE_DATE_PAST: ({ date, today }) => `The due date ${date} is before today (${today}); choose today or a later date.`,
  TRAINING_NOT_ASSIGNED: ({ username, number, label }) => `${username} has no read-and-understood assignment for ${number} ${label}.`,
  REVISION_STATE_CHANGED: ({ state, next }) => `The revision is ${stateWords(state)} now and cannot become ${stateWords(next)}; look at it again.`,
  ALREADY_ACKNOWLEDGED: ({ username, number, label }) => `${username} already acknowledged ${number} ${label}.`,
  DOCUMENT_NOT_VIEWED: ({ username, number, label }) => `${username} has not opened ${number} ${label} yet. Open the document and look through it, then sign.`,
};
