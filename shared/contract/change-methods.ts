import { z } from 'zod';
import { defineMethod } from './define-method';
import { documentNumberSchema, multiLineText, passwordSchema, sourceFileSchema } from './common-schemas';
import { importErrors, revisionStateSchema } from './document-methods';
import { personSchema, signatureSchema, signingErrors } from './workflow-methods';
import { changeRequestStates, documentLinkKinds } from '../change-control-words';
export { changeImpactInput, type ChangeImpactInput } from './change-impact-input';

export { changeRequestStates, documentLinkKinds };

// Change control (issue 13, items 1–3): document change requests, change records, linked documents.

export const changeRequestStateSchema = z.enum(changeRequestStates);
export type ChangeRequestState = z.infer<typeof changeRequestStateSchema>;

export const documentLinkKindSchema = z.enum(documentLinkKinds);

/** A change request's number as typed: DCR-0001 (any case). */
export const changeRequestNumberSchema = z
  .string()
  .trim()
  .regex(/^DCR-\d{4,}$/i, 'Change requests are numbered DCR-0001.')
  .transform((v) => v.toUpperCase());

export const changeRequestSchema = z.object({
  number: z.string(),
  document: z.string(),
  title: z.string(),
  /** The user name of the document's owner, who decides (as does any controller). */
  documentOwner: z.string(),
  /** The revision the request was raised against (the one in force, as the requester saw it). */
  against: z.string(),
  reason: z.string(),
  proposal: z.string().nullable(),
  /** The requester's marked-up file, checked and stored like any other content. */
  markup: z.object({ fileName: z.string(), sha256: z.string(), mediaType: z.string() }).nullable(),
  requestedBy: personSchema,
  requestedAt: z.string(),
  state: changeRequestStateSchema,
  decidedBy: personSchema.nullable(),
  decidedAt: z.string().nullable(),
  decisionComment: z.string().nullable(),
  /** The draft that carries the accepted change out (its label). */
  draft: z.string().nullable(),
  /** The revision that made it effective, and when. */
  implementedIn: z.string().nullable(),
  implementedAt: z.string().nullable(),
});
export type ChangeRequest = z.infer<typeof changeRequestSchema>;

export const changeImpactSchema = z.object({
  trainingNeeded: z.boolean(),
  linkedDocumentsAffected: z.boolean(),
  validationNeeded: z.boolean(),
  note: z.string().nullable(),
});
export type ChangeImpact = z.infer<typeof changeImpactSchema>;

const signerAt = z.object({ printedName: z.string(), username: z.string(), signedAt: z.string() });

/** One revision's change record (21 CFR 820.40, ISO 13485 4.2.4). */
export const changeRecordSchema = z.object({
  revision: z.string(),
  state: revisionStateSchema,
  changeSummary: z.string().nullable(),
  impact: changeImpactSchema.nullable(),
  changeRequests: z.array(z.object({ number: z.string(), reason: z.string(), requestedBy: z.string() })),
  /** Documents that use this one (references, forms, annexes): what its change may affect. */
  documentsAffected: z.array(z.string()),
  reviewers: z.array(signerAt),
  approvers: z.array(signerAt),
  effectiveDate: z.string().nullable(),
});
export type ChangeRecord = z.infer<typeof changeRecordSchema>;

export const documentLinkSchema = z.object({ number: z.string(), title: z.string(), kind: documentLinkKindSchema, linkedAt: z.string(), linkedBy: z.string() });
export type DocumentLink = z.infer<typeof documentLinkSchema>;

const number = documentNumberSchema;
const comment = multiLineText('Comment', 4000);

export const changeMethods = {
  'changeRequests.create': defineMethod({
    summary: 'Ask for a change to a document you can see (any signed-in reader may), with the reason and optionally a proposal and a marked-up file.',
    kind: 'command',
    access: 'documents.read',
    input: z.object({ number, reason: multiLineText('Reason', 4000), proposal: multiLineText('Proposal', 4000).optional(), file: sourceFileSchema.optional() }),
    result: changeRequestSchema,
    errors: ['DOCUMENT_NOT_FOUND', 'DOCUMENT_OBSOLETE', 'REVISION_NOT_VISIBLE', ...importErrors],
  }),
  'changeRequests.list': defineMethod({
    summary: 'The change request register, optionally one status or one document.',
    kind: 'query',
    access: 'documents.read',
    input: z.object({ status: changeRequestStateSchema.optional(), number: number.optional() }),
    result: z.array(changeRequestSchema),
    errors: ['DOCUMENT_NOT_FOUND'],
  }),
  'changeRequests.decide': defineMethod({
    summary: "Accept or reject a change request, signed (the document's owner or a controller); accepting starts the next draft or joins the open one.",
    kind: 'command',
    access: 'signed-in',
    input: z.object({ dcr: changeRequestNumberSchema, decision: z.enum(['accept', 'reject']), comment, password: passwordSchema }),
    result: z.object({ changeRequest: changeRequestSchema, signature: signatureSchema, draft: z.string().nullable() }),
    errors: [...signingErrors, 'CHANGE_REQUEST_NOT_FOUND', 'CHANGE_REQUEST_DECIDED', 'CHANGE_CONTROL_NOT_ALLOWED', 'DOCUMENT_OBSOLETE', 'REVISION_STATE_CHANGED'],
  }),
  'changeRecords.get': defineMethod({
    summary: "A document's change record, one entry per revision: what changed, why (change requests), its impact, who reviewed and approved it, and when it took effect.",
    kind: 'query',
    access: 'documents.read',
    input: z.object({ number }),
    result: z.array(changeRecordSchema),
    errors: ['DOCUMENT_NOT_FOUND'],
  }),
  'changeRecords.exportPdf': defineMethod({
    summary: "Write a document's change record as a PDF.",
    kind: 'query',
    access: 'documents.read',
    input: z.object({ number, destination: z.string().min(1).max(4096) }),
    result: z.object({ path: z.string(), bytes: z.number(), revisions: z.number() }),
    errors: ['DOCUMENT_NOT_FOUND', 'PERMISSION_DENIED'],
  }),
  'documents.link': defineMethod({
    summary: 'Record that a document uses another (references it, or is its form or annex); its owner or a controller.',
    kind: 'command',
    access: 'documents.read',
    input: z.object({ number, other: number, kind: documentLinkKindSchema.optional() }),
    result: z.object({ document: z.string(), other: z.string(), kind: documentLinkKindSchema }),
    errors: ['DOCUMENT_NOT_FOUND', 'DOCUMENT_LINK_TO_ITSELF', 'CHANGE_CONTROL_NOT_ALLOWED'],
  }),
  'documents.links': defineMethod({
    summary: 'The documents a document uses, and the documents that use it.',
    kind: 'query',
    access: 'documents.read',
    input: z.object({ number }),
    result: z.object({ document: z.string(), uses: z.array(documentLinkSchema), usedBy: z.array(documentLinkSchema) }),
    errors: ['DOCUMENT_NOT_FOUND'],
  }),
  'linkedChanges.noChangeNeeded': defineMethod({
    summary: 'Close the "linked document changed — check yours" task on your document, signed: no change needed.',
    kind: 'command',
    access: 'documents.read',
    input: z.object({ number, changed: number.optional(), password: passwordSchema, comment: comment.optional() }),
    result: z.object({ document: z.string(), closed: z.array(z.string()), signature: signatureSchema }),
    errors: [...signingErrors, 'DOCUMENT_NOT_FOUND', 'LINKED_CHANGE_NOT_OPEN', 'CHANGE_CONTROL_NOT_ALLOWED', 'REVISION_NOT_EFFECTIVE'],
  }),
};
