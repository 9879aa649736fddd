import type { ErrorCode, QuireError } from '../../shared/errors';
import { errorMessage } from '../../shared/messages';

// What the CLI adds after the catalogue's sentence: the flag, variable or command that fixes it.
// These belong to the command line only, so they live here and never in the core or the catalogue.

/** Contract fields (as INVALID_INPUT names them) and the flag that sets each on the command line. */
const flagOfField: Record<string, string> = {
  title: '--title',
  type: '--type',
  department: '--dept',
  owner: '--owner',
  file: '--file',
  'file.path': '--file',
  changeSummary: '--summary',
  reviewIntervalMonths: '--review-months',
  retentionYears: '--retention-years',
  reviewers: '--reviewers',
  approvers: '--approvers',
  reviewDueDate: '--review-due',
  approvalDueDate: '--approval-due',
  effectiveDate: '--effective',
  comment: '--comment',
  reason: '--reason',
  copyholder: '--copyholder',
  destination: '--out',
  fullName: '--name',
  roles: '--roles',
  users: '--users',
  dueDate: '--due',
  meaning: '--meaning',
  status: '--status',
};

const hintOfCode: Partial<Record<ErrorCode, (error: QuireError) => string | undefined>> = {
  NOT_SIGNED_IN: (e) => {
    const variable = typeof e.details?.variable === 'string' ? e.details.variable : 'QUIRE_PASSWORD';
    const params = e.params as { reason?: string };
    if (params.reason === 'user-not-named') return `Give --as <user>${e.details?.admin ? ' (an administrator of the backed-up vault)' : ''}; the password comes from ${variable} or the terminal.`;
    if (params.reason === 'password-not-given') return `Set ${variable} or run the command on a terminal.`;
    return undefined;
  },
  PASSWORD_CHANGE_REQUIRED: () => 'Run "quire passwd".',
  NO_SIGNING_KEY: () => 'Run "quire passwd".',
  CHANGE_SUMMARY_REQUIRED: () => '(--summary)',
  COPYHOLDER_REQUIRED: () => '(--copyholder)',
  COMMENT_REQUIRED: () => '(--comment)',
  DOCUMENT_NOT_VIEWED: (e) => {
    const { number, label } = e.params as { number: string; label: string };
    return `Export it with "quire rev export <vault> ${number} ${label} --out <file>", read it, then sign again with --viewed.`;
  },
  RENDITION_TOOL_MISSING: () => 'Or set QUIRE_SOFFICE to its soffice program.',
  CONTENT_TAMPERED: () => 'Run "quire verify".',
  CONTENT_MISSING: () => 'Run "quire verify" on this vault.',
  BACKUP_FAILED_VERIFY: (e) => ((e.params as { stage?: string }).stage === 'backup' ? 'Run "quire verify" on the vault.' : undefined),
  COPY_NOT_FOUND: () => 'Run "quire copies" to see the register.',
  INVALID_INPUT: (e) => {
    const field = (e.params as { field?: string }).field;
    const flag = typeof e.details?.flag === 'string' ? e.details.flag : field ? flagOfField[field] : undefined;
    return flag ? `(${flag})` : undefined;
  },
};

/** The line the CLI prints for an error: `CODE: sentence`, then its own hint, usage and cause. */
export function cliErrorLine(error: QuireError, sentence: string): string {
  const parts = [`${error.code}: ${sentence}`];
  const hint = hintOfCode[error.code]?.(error);
  if (hint) parts.push(hint);
  if (typeof error.details?.usage === 'string') parts.push(`Usage: quire ${error.details.usage}`);
  if (error.code === 'INTERNAL' && typeof error.details?.cause === 'string') parts.push(`(${error.details.cause})`);
  return parts.join(' ');
}

/** The line the CLI prints on stderr for a warning a host must show (the witness's): `CODE: sentence`. */
export function cliWarningLine(warning: { code: ErrorCode; params: object }): string {
  return `${warning.code}: ${errorMessage(warning as Parameters<typeof errorMessage>[0])}`;
}
