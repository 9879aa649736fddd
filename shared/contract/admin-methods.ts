import { z } from 'zod';
import { defineMethod } from './define-method';
import { isoDate, singleLineText, usernameSchema, documentNumberSchema } from './common-schemas';
import { documentTypeSchema } from './document-methods';
import { auditEventSchema } from './vault-methods';
import { userSummarySchema } from './user-methods';

const reason = singleLineText('Reason', 500);
const typeCode = z
  .string()
  .trim()
  .min(1)
  .max(16)
  .regex(/^[A-Za-z][A-Za-z0-9]*$/, 'A type code is letters and digits, starting with a letter.')
  .transform((v) => v.toUpperCase());
const numberingPattern = singleLineText('Numbering pattern', 100);

/** What an administrator needs to know about an account beyond its summary: why and when it is locked, and its key. */
export const userAdministrationSchema = userSummarySchema.extend({
  lockedAt: z.string().nullable(),
  /** The reason the lock was recorded with (e.g. "5 failed password attempts"). */
  lockReason: z.string().nullable(),
  disabledAt: z.string().nullable(),
  failedAttempts: z.number(),
  /** The user's password was reset by an administrator and not yet replaced by the user. */
  passwordResetPending: z.boolean(),
  /** The user's live signing key was issued after a reset and nobody has confirmed their identity yet. */
  keyAwaitingIdentityConfirmation: z.boolean(),
});
export type UserAdministration = z.infer<typeof userAdministrationSchema>;

/** Which audit events: by who acted, what was done, which document (and its revisions), and when (UTC calendar days, inclusive). */
export const auditFilterSchema = z.object({
  user: usernameSchema.optional(),
  action: z.string().trim().min(1).max(64).optional(),
  document: documentNumberSchema.optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
});
export type AuditFilter = z.infer<typeof auditFilterSchema>;

/** An audit event with the name of what it is about (a user name, a document number and revision), for reading. */
export const auditEntrySchema = auditEventSchema.extend({ subject: z.string().nullable() });
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const adminMethods = {
  'users.administration': defineMethod({
    summary: 'Every account with what an administrator acts on: locks and why, disabling, pending resets and keys awaiting identity confirmation.',
    kind: 'query',
    access: 'users.manage',
    input: z.object({}),
    result: z.array(userAdministrationSchema),
    errors: [],
  }),
  'documentTypes.add': defineMethod({
    summary: 'Add a document type with its numbering scheme, review interval and retention.',
    kind: 'command',
    access: 'vault.configure',
    input: z.object({
      code: typeCode,
      name: singleLineText('Name', 100),
      numberingPattern,
      reviewIntervalMonths: z.number().int().min(1).max(120),
      retentionYears: z.number().int().min(0).max(100),
      external: z.boolean().optional(),
      reason,
    }),
    result: documentTypeSchema,
    errors: ['DOCUMENT_TYPE_EXISTS', 'DOCUMENT_NUMBER_INVALID'],
  }),
  'documentTypes.update': defineMethod({
    summary: "Change a document type's name, numbering scheme, review interval or retention (documents already numbered keep their numbers).",
    kind: 'command',
    access: 'vault.configure',
    input: z.object({
      code: typeCode,
      name: singleLineText('Name', 100).optional(),
      numberingPattern: numberingPattern.optional(),
      reviewIntervalMonths: z.number().int().min(1).max(120).optional(),
      retentionYears: z.number().int().min(0).max(100).optional(),
      reason,
    }),
    result: documentTypeSchema,
    errors: ['DOCUMENT_TYPE_UNKNOWN', 'DOCUMENT_NUMBER_INVALID'],
  }),
  'audit.page': defineMethod({
    summary: 'One page of the vault-wide audit trail, filtered by who, what, which document and when, with the number of events that match.',
    kind: 'query',
    access: 'audit.read',
    input: auditFilterSchema.extend({
      offset: z.number().int().min(0).max(10_000_000).optional(),
      limit: z.number().int().min(1).max(500).optional(),
      order: z.enum(['newest-first', 'oldest-first']).optional(),
    }),
    result: z.object({ events: z.array(auditEntrySchema), total: z.number() }),
    errors: ['DOCUMENT_NOT_FOUND'],
  }),
  'audit.export': defineMethod({
    summary: 'Write the audit events that match the filters, oldest first, as CSV or as a PDF report.',
    kind: 'query',
    access: 'audit.read',
    input: auditFilterSchema.extend({ format: z.enum(['csv', 'pdf']), destination: z.string().min(1).max(4096) }),
    result: z.object({ path: z.string(), events: z.number(), bytes: z.number() }),
    errors: ['DOCUMENT_NOT_FOUND'],
  }),
};
