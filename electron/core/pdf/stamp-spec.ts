import { z } from 'zod';
import { printedRevisionStates } from '../../../shared/lifecycle';

// The plain-data description of a print. The print feature fills it from the vault; the engine
// validates it here because it crosses a process boundary and ends up on paper in front of auditors.

const text = z.string().trim().min(1).max(500);
const isoInstant = z.iso.datetime({ offset: true });
const isoDate = z.iso.date();
const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, 'a lowercase hex SHA-256');
const timeZone = z.string().refine(isValidTimeZone, 'an IANA time zone such as Europe/Berlin');

// The states a print can show come from the lifecycle table (a rejected or replaced draft prints as a draft).
export { printedRevisionStates, type PrintedRevisionState } from '../../../shared/lifecycle';

export const copyDesignationSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('controlled'),
    copyNumber: z.number().int().positive(),
    copyholder: text,
    location: text,
    /** A further print of an already issued copy number. */
    reprint: z.boolean(),
  }),
  z.object({ kind: z.literal('uncontrolled'), printedBy: text }),
]);
export type CopyDesignation = z.infer<typeof copyDesignationSchema>;

export const manifestSignatureSchema = z.object({
  printedName: text,
  /** What the signature means: authored, reviewed, approved, ... */
  meaning: text,
  signedAt: isoInstant,
  /** The signer's time zone, so the manifest shows the time as they saw it. */
  timeZone,
  contentSha256: sha256Hex,
  /** The author's PDF rendition the signature binds with the content (absent: none). */
  renditionSha256: sha256Hex.optional(),
  /** A caveat printed under the meaning, e.g. a signing key issued after a password reset and not yet confirmed. */
  note: z.string().max(300).optional(),
});
export type ManifestSignature = z.infer<typeof manifestSignatureSchema>;

export const revisionHistoryRowSchema = z.object({
  label: text,
  effectiveDate: isoDate.nullable(),
  changeSummary: z.string().max(4000),
});
export type RevisionHistoryRow = z.infer<typeof revisionHistoryRowSchema>;

/** A change request the printed revision carries out (shown on the manifest only when there are any). */
export const manifestChangeRequestSchema = z.object({
  number: z.string().regex(/^DCR-\d{4,}$/),
  reason: z.string().max(4000),
  requestedBy: text,
  state: z.string().max(20),
});
export type ManifestChangeRequest = z.infer<typeof manifestChangeRequestSchema>;

export const stampSpecSchema = z.object({
  documentNumber: text,
  title: text,
  revisionLabel: text,
  revisionState: z.enum(printedRevisionStates),
  effectiveDate: isoDate.nullable(),
  copy: copyDesignationSchema,
  /** Short code a reader types into Quire to check a paper copy. */
  verificationCode: z.string().regex(/^[A-Z0-9-]{4,24}$/),
  printedAt: isoInstant,
  /** Time zone of the workstation that prints; dates on the paper are in it. */
  printTimeZone: timeZone,
  contentSha256: sha256Hex,
  /** The author's PDF rendition this print is made from, signed with the content (absent: none). */
  renditionSha256: sha256Hex.optional(),
  signatures: z.array(manifestSignatureSchema).max(500),
  revisionHistory: z.array(revisionHistoryRowSchema).max(1000),
  /** Absent when the revision carries out no change request: the manifest of such a revision is unchanged. */
  changeRequests: z.array(manifestChangeRequestSchema).min(1).max(500).optional(),
});
export type StampSpec = z.infer<typeof stampSpecSchema>;

export type PrintMode = 'stamped' | 'cover-sheet';

/** What a print produced: the bytes to hand to the printer and how they were made. */
export interface StampResult {
  bytes: Uint8Array;
  pageCount: number;
  sourcePageCount: number;
  manifestPageCount: number;
  mode: PrintMode;
  /** Why the source pages were not stamped one by one (mode 'cover-sheet'), else null. */
  coverSheetReason: string | null;
  /** How the file was written: appended to the untouched source bytes, or rewritten whole. */
  written: 'incremental-update' | 'rewritten';
  /** Active content taken out of the source so the copy is inert (scripts, actions, embedded files, XFA), one line per kind. */
  activeContentRemoved: string[];
}

function isValidTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
