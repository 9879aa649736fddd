import { z } from 'zod';
import { roles } from '../roles';

// Building blocks reused by several methods' schemas. The messages here are for logs; a user reads the
// catalogue's sentence for the problem (`params.problem` on custom checks) and the field.

/** Reject text with control characters or bidi overrides: they hide what a record really says. */
const printable = (value: string) => !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/.test(value);
/** Line and paragraph separators break a line as surely as \n; lone surrogates are not text at all. */
const wellFormedLine = (value: string) => !/[\u2028\u2029]|\p{Cs}/u.test(value);
/** Something a reader can see: not only spaces, format characters (zero-width, BOM), fillers or combining marks. */
const visible = (value: string) => /[^\p{Z}\p{Cc}\p{Cf}\p{Mn}\p{Me}\s\u115F\u1160\u3164\uFFA0\u2800]/u.test(value);

export const singleLineText = (label: string, max: number) =>
  z
    .string()
    .trim()
    .min(1, `${label} is required.`)
    .max(max, `${label} must be at most ${max} characters.`)
    .refine((v) => !/[\r\n]/.test(v) && wellFormedLine(v), { message: `${label} must be one line of well-formed text.`, params: { problem: 'one-line' } })
    .refine(printable, { message: `${label} contains control or direction-override characters.`, params: { problem: 'control-characters' } })
    .refine(visible, { message: `${label} must contain visible characters.`, params: { problem: 'invisible-only' } })
    .transform((v) => v.normalize('NFC'));

export const multiLineText = (label: string, max: number) =>
  z
    .string()
    .trim()
    .min(1, `${label} is required.`)
    .max(max, `${label} must be at most ${max} characters.`)
    .refine((v) => printable(v.replace(/[\r\n\t]/g, ' ')), { message: `${label} contains control or direction-override characters.`, params: { problem: 'control-characters' } })
    .transform((v) => v.normalize('NFC'));

export const usernameSchema = z
  .string()
  .trim()
  .min(2, 'User name must be at least 2 characters.')
  .max(64, 'User name must be at most 64 characters.')
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'User name may use letters, digits, dot, dash and underscore, starting with a letter or digit.');

export const passwordSchema = z.string().min(1, 'Password is required.').max(1024, 'Password must be at most 1024 characters.');

export const roleSchema = z.enum(roles);

export const documentNumberSchema = z
  .string()
  .trim()
  .min(1, 'Document number is required.')
  .max(64, 'Document number must be at most 64 characters.')
  .regex(/^[A-Za-z0-9][A-Za-z0-9._/-]*$/, 'Document number may use letters, digits, dot, dash, slash and underscore.');

export const revisionLabelSchema = z.string().trim().min(1).max(32).regex(/^[A-Za-z0-9.]+$/, 'Revision label may use letters, digits and dots.');

/** A file on the core's own machine, chosen by the user through a dialog or given on the command line. */
export const sourceFileSchema = z.object({ path: z.string().min(1, 'File path is required.').max(4096) });

export const isoTimestamp = z.string();
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Dates are written YYYY-MM-DD.');
