import { z } from 'zod';
import { renditionToolIds } from '../rendition-tools';
import { defineMethod } from './define-method';

export const auditEventSchema = z.object({
  id: z.number(),
  occurredAt: z.string(),
  user: z.string().nullable(),
  workstation: z.string(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  oldValue: z.unknown().nullable(),
  newValue: z.unknown().nullable(),
  reason: z.string().nullable(),
  hash: z.string(),
});
export type AuditEvent = z.infer<typeof auditEventSchema>;

export const verifyProblemSchema = z.object({
  // state: a row the audit trail does not explain; witness: the trail does not hold a point seen outside the file.
  kind: z.enum(['integrity', 'foreign-key', 'audit-chain', 'audit-head', 'content', 'revision-hash', 'signature', 'state', 'witness']),
  location: z.string(),
  message: z.string(),
});
export type VerifyProblem = z.infer<typeof verifyProblemSchema>;

export const verifyReportSchema = z.object({
  ok: z.boolean(),
  auditEvents: z.number(),
  auditHead: z.string(),
  contents: z.number(),
  contentBytes: z.number(),
  revisions: z.number(),
  signatures: z.number(),
  problems: z.array(verifyProblemSchema),
});
export type VerifyReport = z.infer<typeof verifyReportSchema>;

export const chainPointSchema = z.object({ eventId: z.number(), hash: z.string() });

/** The workstation's witness disagrees with the vault: its trail is shorter than, or different from, what was seen. */
// A warning is an error code with its parameters (the sentence comes from the message catalogue).
export const chainWitnessWarningSchema = z.object({
  code: z.enum(['CHAIN_SHORTER_THAN_SEEN', 'CHAIN_DIFFERS_FROM_SEEN']),
  params: z.object({ seenEventId: z.number(), seenAt: z.string(), trailEndsAt: z.number().optional() }),
  seen: chainPointSchema.extend({ vaultId: z.string(), seenAt: z.string() }),
  current: chainPointSchema.nullable(),
});
export type ChainWitnessWarning = z.infer<typeof chainWitnessWarningSchema>;

export const vaultSettingsSchema = z.object({
  vaultId: z.string(),
  maxContentBytes: z.number(),
  passwordMinLength: z.number(),
  revisionLabelScheme: z.object({ kind: z.enum(['letters', 'numbers']), skip: z.array(z.string()) }),
  /** False (the default): the reviewers and the approvers of one route are different people. */
  reviewersMayApprove: z.boolean(),
  /** The office programs that render DOCX and the like to PDF, in order: the first this desktop has is used. */
  renditionTools: z.array(z.enum(renditionToolIds)),
  /** Days a person has to read and understand a revision their job requires, from the day it is assigned. */
  trainingDueDays: z.number(),
});

export const vaultMethods = {
  'audit.list': defineMethod({
    summary: 'The audit trail, oldest first, optionally for one entity.',
    kind: 'query',
    access: 'audit.read',
    input: z.object({
      entityType: z.string().optional(),
      entityId: z.string().optional(),
      afterId: z.number().int().min(0).optional(),
      limit: z.number().int().min(1).max(100_000).optional(),
    }),
    result: z.array(auditEventSchema),
    errors: [],
  }),
  'vault.verify': defineMethod({
    summary: 'Re-walk the audit chain, re-hash all content, check signatures and SQLite integrity.',
    kind: 'query',
    access: 'vault.verify',
    input: z.object({}),
    result: verifyReportSchema,
    errors: [],
  }),
  'vault.chainWitness': defineMethod({
    summary: 'Whether this workstation saw the vault\'s audit trail reach further than it does now (a warning to show), or null.',
    kind: 'query',
    access: 'signed-in',
    input: z.object({}),
    result: chainWitnessWarningSchema.nullable(),
    errors: [],
  }),
  'vault.backup': defineMethod({
    summary: 'Copy the open vault to one file, then verify the copy.',
    kind: 'command',
    access: 'vault.backup',
    input: z.object({ destination: z.string().min(1).max(4096), reason: z.string().trim().min(1).max(500).optional() }),
    result: z.object({ path: z.string(), bytes: z.number(), report: verifyReportSchema }),
    errors: ['VAULT_EXISTS', 'BACKUP_FAILED_VERIFY'],
  }),
  'vault.settings': defineMethod({
    summary: 'The vault settings.',
    kind: 'query',
    access: 'signed-in',
    input: z.object({}),
    result: vaultSettingsSchema,
    errors: [],
  }),
  'vault.updateSettings': defineMethod({
    summary: 'Change vault settings.',
    kind: 'command',
    access: 'vault.configure',
    input: z.object({
      maxContentBytes: z.number().int().min(1).max(64 * 1024 ** 3).optional(),
      passwordMinLength: z.number().int().min(8).max(128).optional(),
      reviewersMayApprove: z.boolean().optional(),
      trainingDueDays: z.number().int().min(1).max(365).optional(),
      renditionTools: z
        .array(z.enum(renditionToolIds))
        .min(1)
        .max(renditionToolIds.length)
        .refine((tools) => new Set(tools).size === tools.length, 'Name each rendition tool once.')
        .optional(),
      reason: z.string().trim().min(1).max(500),
    }),
    result: vaultSettingsSchema,
    errors: [],
  }),
};
