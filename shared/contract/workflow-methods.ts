import { z } from 'zod';
import type { ErrorCode } from '../errors';
import { defineMethod } from './define-method';
import { printabilitySchema } from './printability-schema';
import { documentNumberSchema, isoDate, multiLineText, passwordSchema, revisionLabelSchema, roleSchema, singleLineText, usernameSchema } from './common-schemas';
import { revisionStateSchema } from './document-methods';
import { changeImpactInput } from './change-impact-input';

export const signatureMeanings = ['authored', 'reviewed', 'approved', 'rejected', 'released', 'withdrawn', 'read-and-understood', 'periodic-review', 'recalled', 'import-attested', 'change-accepted', 'change-rejected', 'no-change-needed'] as const;
export const signatureMeaningSchema = z.enum(signatureMeanings);
export type SignatureMeaning = z.infer<typeof signatureMeaningSchema>;

export const signatureSchema = z.object({
  id: z.number(),
  document: z.string(),
  revision: z.string(),
  signer: z.object({ username: z.string(), printedName: z.string() }),
  meaning: signatureMeaningSchema,
  comment: z.string().nullable(),
  signedAt: z.string(),
  timeZone: z.string(),
  utcOffset: z.string(),
  contentSha256: z.string(),
  /** The author's PDF rendition signed with the content (null: the revision has none). */
  renditionSha256: z.string().nullable(),
  keyId: z.string(),
  /**
   * Present when the signing key was issued after an administrator reset the signer's password:
   * who confirmed that the key is the signer's, and when (both null while nobody has).
   */
  keyIssuedAfterReset: z.object({ identityConfirmedBy: z.string().nullable(), identityConfirmedAt: z.string().nullable() }).optional(),
});
export type Signature = z.infer<typeof signatureSchema>;

export const routeTaskSchema = z.object({
  id: z.number(),
  stage: z.enum(['review', 'approval']),
  position: z.number(),
  assignee: z.object({ username: z.string(), fullName: z.string() }),
  dueDate: z.string().nullable(),
  state: z.enum(['pending', 'signed', 'rejected', 'closed']),
  completedAt: z.string().nullable(),
});

export const routeSchema = z.object({
  id: z.number(),
  document: z.string(),
  revision: z.string(),
  revisionState: revisionStateSchema,
  approvalMode: z.enum(['parallel', 'sequential']),
  state: z.enum(['open', 'completed', 'rejected', 'cancelled']),
  contentSha256: z.string(),
  openedAt: z.string(),
  closedAt: z.string().nullable(),
  tasks: z.array(routeTaskSchema),
});
export type Route = z.infer<typeof routeSchema>;

/** A person as tasks and notes name them. */
export const personSchema = z.object({ username: z.string(), fullName: z.string() });

export const inboxTaskSchema = z.object({
  /**
   * review / approval / read-and-understood / withdrawal: yours to sign; rejected: your draft came back
   * (reason and who); release: an approved revision for a controller to release, or (with
   * effectiveDate, not actionable) released and waiting for its date; change-request: an open DCR on a
   * document you own (or any, for a controller) to decide (`changeRequest` names it); linked-change: a
   * document yours uses has a new effective revision (`changed` names it), check yours.
   */
  kind: z.enum(['review', 'approval', 'read-and-understood', 'withdrawal', 'rejected', 'release', 'change-request', 'linked-change']),
  document: z.string(),
  title: z.string(),
  revision: z.string(),
  dueDate: z.string().nullable(),
  overdue: z.boolean(),
  actionable: z.boolean(),
  /** The content the act is about (a withdrawal: the revision in force). */
  sha256: z.string().optional(),
  /** Why: the withdrawal's reason, the rejection's comment. */
  reason: z.string().optional(),
  /** Who asked for the withdrawal, or who rejected the draft. */
  by: personSchema.optional(),
  effectiveDate: z.string().optional(),
  changeRequest: z.string().optional(),
  changed: z.string().optional(),
});
export type InboxTask = z.infer<typeof inboxTaskSchema>;

export const dueReviewSchema = z.object({
  document: z.string(),
  title: z.string(),
  revision: z.string(),
  owner: z.string(),
  nextReviewDate: z.string(),
  overdue: z.boolean(),
});

export const signatureCheckSchema = signatureSchema.extend({ valid: z.boolean(), problems: z.array(z.string()) });

/**
 * What any act signed by entering the password again (an electronic signature) may end with: the
 * password refused (the fifth refusal locks the account), no signing key yet (the password was set by
 * an administrator and not changed since), or a stored key that does not open.
 */
export const signingErrors = ['WRONG_PASSWORD', 'ACCOUNT_LOCKED', 'NO_SIGNING_KEY', 'SIGNING_KEY_LOCKED', 'SIGNING_KEY_DAMAGED'] as const satisfies readonly ErrorCode[];

const comment = multiLineText('Comment', 4000);
const number = documentNumberSchema;
const routeTemplateSchema = z.object({
  type: z.string(),
  reviewers: z.array(z.string()),
  approvers: z.array(z.string()),
  approvalMode: z.enum(['parallel', 'sequential']),
  reviewDays: z.number().nullable(),
  approvalDays: z.number().nullable(),
});

export const workflowMethods = {
  'routeTemplates.list': defineMethod({
    summary: 'The default route of each document type.',
    kind: 'query',
    access: 'documents.read',
    input: z.object({}),
    result: z.array(routeTemplateSchema),
    errors: [],
  }),
  'routeTemplates.set': defineMethod({
    summary: 'Set who must review and approve a document type, and how.',
    kind: 'command',
    access: 'vault.configure',
    input: z.object({
      type: z.string().trim().min(1).max(16).transform((v) => v.toUpperCase()),
      reviewers: z.array(usernameSchema),
      approvers: z.array(usernameSchema),
      approvalMode: z.enum(['parallel', 'sequential']),
      reviewDays: z.number().int().min(1).max(365).optional(),
      approvalDays: z.number().int().min(1).max(365).optional(),
      reason: singleLineText('Reason', 500),
    }),
    result: routeTemplateSchema,
    errors: ['DOCUMENT_TYPE_UNKNOWN', 'USER_NOT_FOUND'],
  }),
  'revisions.submit': defineMethod({
    summary: 'Freeze a draft and route it to its reviewers, then approvers.',
    kind: 'command',
    access: 'revisions.submit',
    input: z.object({
      number,
      reviewers: z.array(usernameSchema).optional(),
      approvers: z.array(usernameSchema).optional(),
      approvalMode: z.enum(['parallel', 'sequential']).optional(),
      reviewDueDate: isoDate.optional(),
      approvalDueDate: isoDate.optional(),
      /** The change record, stated (or restated) at submission; required from the second revision on. */
      changeSummary: multiLineText('Change summary', 4000).optional(),
      impact: changeImpactInput.optional(),
    }),
    result: routeSchema.extend({ printability: printabilitySchema }),
    errors: ['CHANGE_SUMMARY_REQUIRED', 'CHANGE_IMPACT_REQUIRED', 'DOCUMENT_NOT_FOUND', 'REVISION_NOT_DRAFT', 'DUE_DATE_PAST', 'ROUTE_INCOMPLETE', 'USER_NOT_FOUND', 'SELF_APPROVAL', 'ASSIGNEE_NOT_QUALIFIED', 'CONTENT_TAMPERED', 'DUTIES_NOT_SEPARATED', 'REVISION_STATE_CHANGED'],
  }),
  'revisions.sign': defineMethod({
    summary: 'Sign the revision under review or approval, entering your password again.',
    kind: 'command',
    access: 'signed-in',
    input: z.object({ number, meaning: z.enum(['reviewed', 'approved']), password: passwordSchema, comment: comment.optional() }),
    result: z.object({ signature: signatureSchema, route: routeSchema }),
    errors: [...signingErrors, 'DOCUMENT_NOT_VIEWED', 'DOCUMENT_NOT_FOUND', 'PERMISSION_DENIED', 'ROUTE_NOT_OPEN', 'NOT_ASSIGNED', 'NOT_YOUR_TURN', 'REVIEW_NOT_COMPLETE', 'ALREADY_SIGNED', 'SELF_APPROVAL', 'CONTENT_TAMPERED', 'REVISION_STATE_CHANGED'],
  }),
  'revisions.reject': defineMethod({
    summary: 'Reject the revision under review or approval; it returns to draft.',
    kind: 'command',
    access: 'signed-in',
    input: z.object({ number, comment: multiLineText('Comment', 4000) }),
    result: routeSchema,
    errors: ['DOCUMENT_NOT_FOUND', 'ROUTE_NOT_OPEN', 'NOT_ASSIGNED', 'NOT_YOUR_TURN', 'REVIEW_NOT_COMPLETE', 'ALREADY_SIGNED', 'COMMENT_REQUIRED', 'PERMISSION_DENIED', 'REVISION_STATE_CHANGED'],
  }),
  'revisions.release': defineMethod({
    summary: 'Release an approved revision, effective today or on a later date.',
    kind: 'command',
    access: 'revisions.release',
    input: z.object({ number, effectiveDate: isoDate.optional(), password: passwordSchema, comment: comment.optional() }),
    result: z.object({ revision: z.string(), state: revisionStateSchema, effectiveDate: z.string(), superseded: z.string().nullable() }),
    errors: [...signingErrors, 'DOCUMENT_NOT_FOUND', 'REVISION_NOT_APPROVED', 'REVISION_ALREADY_RELEASED', 'EFFECTIVE_DATE_PAST', 'CONTENT_TAMPERED', 'REVISION_STATE_CHANGED'],
  }),
  'revisions.cancel': defineMethod({
    summary: 'Cancel a draft or a revision in review; it stays in the history.',
    kind: 'command',
    access: 'revisions.draft',
    input: z.object({ number, reason: singleLineText('Reason', 500) }),
    result: z.object({ revision: z.string(), state: revisionStateSchema }),
    errors: ['DOCUMENT_NOT_FOUND', 'REVISION_NOT_DRAFT', 'PERMISSION_DENIED', 'REVISION_STATE_CHANGED'],
  }),
  'revisions.route': defineMethod({
    summary: "A revision's latest route with every task.",
    kind: 'query',
    access: 'documents.read',
    input: z.object({ number, label: revisionLabelSchema.optional() }),
    result: routeSchema.nullable(),
    errors: ['DOCUMENT_NOT_FOUND', 'REVISION_NOT_FOUND'],
  }),
  'tasks.mine': defineMethod({
    summary: 'Your inbox: reviews, approvals, acknowledgements and withdrawals waiting for you.',
    kind: 'query',
    access: 'signed-in',
    input: z.object({}),
    result: z.array(inboxTaskSchema),
    errors: [],
  }),
  'reviews.due': defineMethod({
    summary: 'Effective revisions whose periodic review is due within the window, or overdue.',
    kind: 'query',
    access: 'documents.read',
    input: z.object({ withinDays: z.number().int().min(0).max(3650).optional() }),
    result: z.array(dueReviewSchema),
    errors: [],
  }),
  'reviews.complete': defineMethod({
    summary: 'Record a periodic review, signed: no change needed, or revise (which starts the next draft from the effective content).',
    kind: 'command',
    access: 'signed-in',
    input: z.object({ number, password: passwordSchema, comment: comment.optional(), outcome: z.enum(['no-change', 'revise']).optional() }),
    result: z.object({ signature: signatureSchema, nextReviewDate: z.string(), outcome: z.enum(['no-change', 'revise']), draft: z.string().nullable() }),
    errors: [...signingErrors, 'DOCUMENT_NOT_VIEWED', 'DOCUMENT_NOT_FOUND', 'REVISION_NOT_EFFECTIVE', 'PERMISSION_DENIED', 'REVISION_IN_WORKFLOW', 'COMMENT_REQUIRED'],
  }),
  'documents.requestWithdrawal': defineMethod({
    summary: 'Ask for a document to be withdrawn (made obsolete); an approver decides.',
    kind: 'command',
    access: 'documents.withdraw',
    input: z.object({ number, reason: multiLineText('Reason', 2000) }),
    result: z.object({ document: z.string(), state: z.literal('pending') }),
    errors: ['DOCUMENT_NOT_FOUND', 'DOCUMENT_OBSOLETE', 'WITHDRAWAL_ALREADY_PENDING'],
  }),
  'documents.approveWithdrawal': defineMethod({
    summary: 'Approve a pending withdrawal with your signature: the document becomes obsolete.',
    kind: 'command',
    access: 'revisions.approve',
    input: z.object({ number, password: passwordSchema, comment: comment.optional() }),
    result: z.object({ document: z.string(), status: z.literal('obsolete'), signature: signatureSchema.nullable() }),
    errors: [...signingErrors, 'DOCUMENT_NOT_VIEWED', 'DOCUMENT_NOT_FOUND', 'WITHDRAWAL_NOT_PENDING', 'SELF_APPROVAL', 'REVISION_STATE_CHANGED'],
  }),
  'training.assign': defineMethod({
    summary: 'Assign the effective revision for read-and-understood to users and roles.',
    kind: 'command',
    access: 'training.assign',
    input: z.object({ number, users: z.array(usernameSchema).optional(), roles: z.array(roleSchema).optional(), dueDate: isoDate.optional() }),
    result: z.object({ revision: z.string(), assigned: z.array(z.string()) }),
    errors: ['DOCUMENT_NOT_FOUND', 'REVISION_NOT_EFFECTIVE', 'USER_NOT_FOUND'],
  }),
  'training.acknowledge': defineMethod({
    summary: 'Acknowledge that you read and understood the effective revision, signed.',
    kind: 'command',
    access: 'signed-in',
    input: z.object({ number, password: passwordSchema }),
    result: signatureSchema,
    errors: [...signingErrors, 'DOCUMENT_NOT_VIEWED', 'DOCUMENT_NOT_FOUND', 'REVISION_NOT_EFFECTIVE', 'TRAINING_NOT_ASSIGNED', 'ALREADY_ACKNOWLEDGED', 'QUIZ_NOT_PASSED'],
  }),
  'training.outstanding': defineMethod({
    summary: 'Who has not yet acknowledged the effective revisions assigned to them.',
    kind: 'query',
    access: 'documents.read',
    input: z.object({ number: number.optional() }),
    result: z.array(z.object({ document: z.string(), revision: z.string(), user: z.string(), fullName: z.string(), assignedAt: z.string(), dueDate: z.string().nullable(), overdue: z.boolean() })),
    errors: [],
  }),
  'signatures.list': defineMethod({
    summary: 'The signatures on a document, optionally one revision.',
    kind: 'query',
    access: 'documents.read',
    input: z.object({ number, label: revisionLabelSchema.optional() }),
    result: z.array(signatureSchema),
    errors: ['DOCUMENT_NOT_FOUND', 'REVISION_NOT_FOUND'],
  }),
  'signatures.verify': defineMethod({
    summary: 'Check every signature (or one document’s): content binding and Ed25519 signature.',
    kind: 'query',
    access: 'documents.read',
    input: z.object({ number: number.optional() }),
    result: z.array(signatureCheckSchema),
    errors: ['DOCUMENT_NOT_FOUND'],
  }),
};
