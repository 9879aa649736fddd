import os from 'node:os';
import path from 'node:path';
import type { AuditEvent, VerifyReport } from '../../../shared/contract';
import { QuireError } from '../../../shared/errors';
import { checkAgainstWitness } from '../../core/witness/check-against-witness';
import { chainWitnessWarning, observeChainHead } from '../../core/witness/observe-chain-head';
import { defineCommand } from '../cli-command';
import { optionalText, positional } from '../cli-arguments';
import { formatTable } from '../format-table';
import { readPassword } from '../read-password';
import { usageError } from '../cli-usage-error';
import { cliWarningLine } from '../cli-error-hints';
import { errorMessage } from '../../../shared/messages';


export function verifyReportText(report: VerifyReport): string {
  const lines = [
    `${report.ok ? 'OK' : 'FAILED'}: ${report.auditEvents} audit events, ${report.revisions} revisions, ${report.contents} stored contents (${report.contentBytes} bytes), ${report.signatures} signatures checked.`,
    `Audit chain head: event ${report.auditEvents}, ${report.auditHead}  (keep it: quire verify --against ${report.auditEvents}:${report.auditHead})`,
  ];
  for (const p of report.problems) lines.push(`  ${p.kind} at ${p.location}: ${p.message}`);
  return lines.join('\n');
}

export function auditTrailText(events: AuditEvent[]): string {
  return formatTable(
    ['#', 'when (UTC)', 'user', 'workstation', 'action', 'entity', 'details', 'reason'],
    events.map((e) => [
      e.id,
      e.occurredAt,
      e.user,
      e.workstation,
      e.action,
      `${e.entityType}${e.entityId ? ` ${e.entityId}` : ''}`,
      e.newValue === null && e.oldValue === null ? '' : JSON.stringify(e.newValue ?? e.oldValue).slice(0, 80),
      e.reason,
    ]),
  );
}

const verifyUsage = 'verify <vault> [--against <event id>:<hash> | <backup file> | <print code>]';
const initUsage = 'init <vault> --admin <username> --name <full name> [--max-file-mb <n>]';
const restoreUsage = 'restore <backup> <vault> --as <admin>';

export const vaultCommands = [
  defineCommand({
    words: ['init'],
    usage: initUsage,
    summary: 'Create a new vault with its first administrator (password from QUIRE_PASSWORD).',
    options: { admin: { type: 'string' }, name: { type: 'string' }, 'max-file-mb': { type: 'string' } },
    async run({ positionals, values, env }) {
      const vaultPath = positional(positionals, 0, 'new vault file', initUsage);
      if (typeof values.admin !== 'string' || typeof values.name !== 'string') throw usageError({ field: typeof values.admin !== 'string' ? 'admin' : 'name', problem: 'required' }, initUsage, typeof values.admin !== 'string' ? '--admin' : '--name');
      const maxFileMb = values['max-file-mb'] === undefined ? undefined : Number(values['max-file-mb']);
      if (maxFileMb !== undefined && !(Number.isInteger(maxFileMb) && maxFileMb > 0)) throw usageError({ field: 'maxFileMb', problem: 'whole-number' }, initUsage, '--max-file-mb');
      const password = await readPassword(env, 'QUIRE_PASSWORD', `Password for the new administrator ${values.admin}`);
      // The core is imported where a command uses it, so `quire --help` never loads it (see ../commands/index.ts).
      const [{ createVault }, { closeVault }] = await Promise.all([import('../../core/vault/create-vault'), import('../../core/vault/open-vault')]);
      const vault = await createVault({
        path: vaultPath,
        admin: { username: values.admin, fullName: values.name, password },
        maxContentBytes: maxFileMb === undefined ? undefined : maxFileMb * 1024 * 1024,
        workstation: os.hostname(),
        now: () => new Date(),
      });
      closeVault(vault);
      return { vault: path.resolve(vaultPath), admin: values.admin };
    },
    text: (r) => `Created vault ${r.vault} with administrator ${r.admin}.`,
  }),
  defineCommand({
    words: ['verify'],
    usage: verifyUsage,
    summary: 'Check SQLite integrity, the audit chain, every content and signature, the state against the trail, and the trail against this workstation\'s witness and --against a head, backup or print (read-only).',
    options: { against: { type: 'string' } },
    async run({ positionals, values, witness, warn }) {
      const [{ openVaultReadOnly }, { verifyVault }, { vaultVerifyChecks }] = await Promise.all([
        import('../../core/vault/open-vault'),
        import('../../core/verify/verify-vault'),
        import('../../core/api/vault-verify-checks'),
      ]);
      const vault = openVaultReadOnly(positional(positionals, 0, 'vault', verifyUsage));
      try {
        const report = verifyVault(vault.db, vaultVerifyChecks);
        const warning = chainWitnessWarning(vault.db, witness);
        if (warning) warn(cliWarningLine(warning));
        const witnessProblems = [
          ...(warning ? [{ kind: 'witness' as const, location: 'workstation witness', message: errorMessage(warning) }] : []),
          ...(typeof values.against === 'string' ? checkAgainstWitness(vault.db, values.against) : []),
        ];
        report.problems.push(...witnessProblems);
        report.ok &&= witnessProblems.length === 0;
        // Only a trail that verified moves this workstation's witness on.
        if (report.ok) observeChainHead(vault.db, witness, new Date());
        if (!report.ok) {
          throw new QuireError('VAULT_VERIFY_FAILED', { problemCount: report.problems.length, firstLocation: report.problems[0]!.location, firstProblem: report.problems[0]!.message }, { report });
        }
        return report;
      } finally {
        vault.db.close();
      }
    },
    text: verifyReportText,
  }),
  defineCommand({
    words: ['audit'],
    usage: 'audit <vault> --as <user> [--entity <type>] [--id <id>]',
    summary: 'Print the audit trail, newest last.',
    options: { entity: { type: 'string' }, id: { type: 'string' } },
    async run({ signedIn, values }) {
      const { core, token } = await signedIn();
      return core.call(token, 'audit.list', { entityType: optionalText(values.entity), entityId: optionalText(values.id) });
    },
    text: auditTrailText,
  }),
  defineCommand({
    words: ['backup'],
    usage: 'backup <vault> <dest> --as <user>',
    summary: 'Copy the vault, while it may be in use, to one file and verify the copy.',
    options: {},
    async run({ signedIn, positionals }) {
      const destination = positional(positionals, 1, 'backup file', 'backup <vault> <dest>');
      const { core, token } = await signedIn({ applyDueReleases: true });
      return core.call(token, 'vault.backup', { destination });
    },
    text: (r) => `Backed up to ${r.path} (${r.bytes} bytes); the copy verified: ${r.report.auditEvents} audit events, head ${r.report.auditHead}.`,
  }),
  defineCommand({
    words: ['restore'],
    usage: restoreUsage,
    summary: 'Restore a verified backup to a new vault file (refuses a backup that fails verify).',
    options: {},
    async run({ positionals, values, env, witness }) {
      const backup = positional(positionals, 0, 'backup file', restoreUsage);
      const target = positional(positionals, 1, 'vault to restore to', restoreUsage);
      if (typeof values.as !== 'string') throw new QuireError('NOT_SIGNED_IN', { reason: 'user-not-named' }, { variable: 'QUIRE_PASSWORD', admin: true });
      const password = await readPassword(env, 'QUIRE_PASSWORD', `Password for ${values.as}`);
      const [{ restoreVault }, { vaultVerifyChecks }] = await Promise.all([import('../../core/backup/restore-vault'), import('../../core/api/vault-verify-checks')]);
      return restoreVault({ backup, target, admin: { username: values.as, password }, workstation: os.hostname(), now: () => new Date(), checks: vaultVerifyChecks, witness });
    },
    text: (r) => `Restored to ${r.path}; ${r.report.auditEvents} audit events verified.`,
  }),
];
