import { QuireError, type ErrorCode } from '../../../shared/errors';
import type { AuditPackProgress, GapAnalysis } from '../../../shared/contract';
import { defineCommand } from '../cli-command';
import { commaList, optionalText, positional } from '../cli-arguments';
import { usageError } from '../cli-usage-error';

const clausesUsage = 'doc clauses <vault> <number> (--add <clause,…> | --remove <clause,…>) [--standard <id>] --as <user>';
const gapUsage = 'gap-analysis <vault> [--standard iso9001-2015] [--pdf <file>] --as <user> [--json]';
const packUsage = 'audit-pack <vault> --out <pack.zip> [--from <YYYY-MM-DD>] [--to <YYYY-MM-DD>] [--documents <number,…>] --as <user>';
const verifyUsage = 'audit-pack verify <pack.zip>';

const statusWords = { covered: 'covered', 'draft-only': 'drafts only', 'review-overdue': 'review overdue', missing: 'MISSING' } as const;

function gapText(a: GapAnalysis): string {
  const f = a.findings;
  return [
    `Gap analysis against ${a.standardName} on ${a.today}: ${a.summary.covered} covered, ${a.summary.draftOnly} drafts only, ${a.summary.reviewOverdue} review overdue, ${a.summary.missing} missing.`,
    ...a.items.map((i) => `  ${i.clause.padEnd(8)} ${statusWords[i.status].padEnd(15)} ${i.what}${i.documents.length ? ` — ${i.documents.map((d) => `${d.number} ${d.revision ?? ''}`.trim()).join(', ')}` : ''}`),
    'Findings:',
    `  Periodic reviews overdue: ${f.overdueReviews.length}${f.overdueReviews.map((r) => `\n    ${r.number} ${r.revision} due ${r.nextReviewDate} (owner ${r.owner})`).join('')}`,
    `  Training outstanding: ${f.training.length} (${f.training.filter((t) => t.overdue).length} overdue)${f.training.map((t) => `\n    ${t.number} ${t.revision} ${t.user}${t.dueDate ? ` due ${t.dueDate}` : ''}${t.overdue ? ' OVERDUE' : ''}`).join('')}`,
    `  Controlled copies not yet recalled: ${f.copiesNotRecalled.length}${f.copiesNotRecalled.map((c) => `\n    ${c.number} ${c.revision} copy ${c.copyNumber} (${c.copyholder}, ${c.location})`).join('')}`,
    `  External documents without a source: ${f.externalWithoutSource.length}${f.externalWithoutSource.map((d) => `\n    ${d.number} ${d.title}`).join('')}`,
    `  Documents without an active owner: ${f.withoutOwner.length}${f.withoutOwner.map((d) => `\n    ${d.number} (owner ${d.owner} is disabled)`).join('')}`,
    ...(a.pdf ? [`PDF written to ${a.pdf.path} (${a.pdf.bytes} bytes).`] : []),
  ].join('\n');
}

export const auditPackCommands = [
  defineCommand({
    words: ['doc', 'clauses'],
    usage: clausesUsage,
    summary: 'Map a document to clauses of a standard (ISO 9001:2015 unless named), or remove mappings.',
    options: { add: { type: 'string' }, remove: { type: 'string' }, standard: { type: 'string' } },
    async run({ signedIn, positionals, values }) {
      const number = positional(positionals, 1, 'number', clausesUsage);
      const add = commaList(values.add);
      const remove = commaList(values.remove);
      if (!add?.length && !remove?.length) throw usageError({ problem: 'one-of', fields: ['add', 'remove'] }, clausesUsage);
      const { core, token } = await signedIn({ applyDueReleases: true });
      return core.call(token, 'documents.setClauses', { number, standard: optionalText(values.standard), add, remove });
    },
    text: (r) => `${r.standardName} clauses now mapped: ${r.clauses.length ? r.clauses.map((c) => `${c.number} ${c.title}`).join('; ') : 'none'}.`,
  }),
  defineCommand({
    words: ['gap-analysis'],
    usage: gapUsage,
    summary: 'Which documented information the standard requires is covered, by drafts only, overdue for review or missing; and today’s document-control findings.',
    options: { standard: { type: 'string' }, pdf: { type: 'string' } },
    async run({ signedIn, values }) {
      const { core, token } = await signedIn({ applyDueReleases: true });
      return core.call(token, 'gapAnalysis.run', { standard: optionalText(values.standard), pdf: optionalText(values.pdf) });
    },
    text: gapText,
  }),
  defineCommand({
    words: ['audit-pack'],
    usage: packUsage,
    summary: 'Write the evidence pack for an auditor: registers, records, gap analysis, audit trail and verify report in one ZIP, signed with your key.',
    options: { out: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' }, documents: { type: 'string' } },
    async run({ signedIn, values, warn }) {
      const destination = optionalText(values.out);
      if (!destination) throw usageError({ field: 'out', problem: 'required' }, packUsage);
      const { core, token, password } = await signedIn({ applyDueReleases: true });
      const { jobId } = await core.call(token, 'auditPack.start', { destination, from: optionalText(values.from), to: optionalText(values.to), documents: commaList(values.documents), password });
      const terminal = process.stderr.isTTY;
      for (;;) {
        const progress: AuditPackProgress = await core.call(token, 'auditPack.progress', { jobId });
        if (terminal && progress.section) warn(`Writing ${progress.section} (${progress.sectionsDone + 1} of ${progress.sectionsTotal})…`);
        if (progress.result) return progress.result;
        if (progress.error) throw QuireError.fromJSON({ code: progress.error.code as ErrorCode, params: progress.error.params });
        await new Promise((resolve) => setTimeout(resolve, terminal ? 500 : 50));
      }
    },
    text: (r) => `Wrote the audit pack ${r.path}: ${r.files} files, ${r.bytes} bytes, SHA-256 ${r.sha256}, chain head ${r.chainHead}.`,
  }),
  defineCommand({
    words: ['audit-pack', 'verify'],
    usage: verifyUsage,
    summary: 'Check an audit pack without the vault: every file against the manifest, and the manifest’s signature.',
    options: {},
    async run({ positionals, json, out }) {
      const file = positional(positionals, 0, 'pack', verifyUsage);
      const { verifyAuditPack } = await import('../../core/audit-pack/verify-audit-pack');
      const check = await verifyAuditPack(file);
      if (!check.ok) {
        // Every problem is named before the command fails (the error line gives only the first).
        if (!json) out(check.problems.map((p) => `  ${p}`).join('\n'));
        throw new QuireError('AUDIT_PACK_INVALID', { problemCount: check.problems.length, firstProblem: check.problems[0]! }, { check });
      }
      return check;
    },
    text: (c) => `Audit pack OK: ${c.files} files match the manifest, signed by ${c.exportedBy} (key ${c.keyId}).\nVault ${c.vaultId}, chain head ${c.chainHead}, exported ${c.exportedAtUtc}.`,
  }),
];
