import { z } from 'zod';
import { documentStatuses } from '../lifecycle';
import { defineMethod } from './define-method';
import { isoDate, usernameSchema } from './common-schemas';
import { documentSummarySchema, revisionStateSchema } from './document-methods';

/** The columns the register sorts by; `revision` and `state` are the current revision's, the dates too. */
export const registerSortColumns = ['number', 'title', 'type', 'department', 'owner', 'revision', 'state', 'status', 'effectiveDate', 'nextReviewDate'] as const;
export type RegisterSortColumn = (typeof registerSortColumns)[number];

/** The most rows one window of the register may hold: a screenful or a few, never the whole vault. */
export const registerWindowMax = 500;

const code = (max: number) => z.string().trim().min(1).max(max).transform((v) => v.toUpperCase());

/** What narrows and orders the register: the same for a window on screen and for the exported master list. */
export const registerFilterSchema = z.object({
  type: code(16).optional(),
  department: code(16).optional(),
  owner: usernameSchema.optional(),
  /** The current revision's state. */
  state: revisionStateSchema.optional(),
  status: z.enum(documentStatuses).optional(),
  effectiveFrom: isoDate.optional(),
  effectiveTo: isoDate.optional(),
  nextReviewFrom: isoDate.optional(),
  nextReviewTo: isoDate.optional(),
  /** A quick match on number or title (a part of either, ignoring case). */
  search: z.string().max(200).optional(),
  sort: z.enum(registerSortColumns).optional(),
  direction: z.enum(['asc', 'desc']).optional(),
});
export type RegisterFilter = z.input<typeof registerFilterSchema>;

/** A register row: the document and its current revision, with the dates the register sorts and filters on. */
export const registerEntrySchema = documentSummarySchema.extend({
  effectiveDate: z.string().nullable(),
  nextReviewDate: z.string().nullable(),
});
export type RegisterEntry = z.infer<typeof registerEntrySchema>;

/** A line of the master document list (ISO 9001 7.5.3): what an auditor asks to see for every document. */
export const masterListRowSchema = z.object({
  number: z.string(),
  title: z.string(),
  type: z.string(),
  department: z.string().nullable(),
  revision: z.string().nullable(),
  state: revisionStateSchema.nullable(),
  status: z.enum(documentStatuses),
  effectiveDate: z.string().nullable(),
  nextReviewDate: z.string().nullable(),
  owner: z.string(),
  reviewers: z.array(z.string()),
  approvers: z.array(z.string()),
  copyholders: z.array(z.string()),
  changeSummary: z.string().nullable(),
});
export type MasterListRow = z.infer<typeof masterListRowSchema>;

export const registerMethods = {
  'documents.list': defineMethod({
    summary: 'One window of the register, sorted and filtered, with the number of documents that match; readers see only documents in force.',
    kind: 'query',
    access: 'documents.read',
    input: registerFilterSchema.extend({
      offset: z.number().int().min(0).max(10_000_000).optional(),
      limit: z.number().int().min(1).max(registerWindowMax).optional(),
    }),
    result: z.object({ documents: z.array(registerEntrySchema), total: z.number(), offset: z.number(), limit: z.number() }),
    errors: [],
  }),
  'documents.exportMasterList': defineMethod({
    summary: 'Save the master document list (the register as filtered, with reviewers, approvers and copyholders) as CSV or as a stamped PDF.',
    kind: 'query',
    access: 'documents.read',
    input: registerFilterSchema.extend({ format: z.enum(['csv', 'pdf']), destination: z.string().min(1).max(4096) }),
    result: z.object({ path: z.string(), bytes: z.number(), documents: z.number() }),
    errors: ['EXPORT_DESTINATION_UNWRITABLE'],
  }),
};
