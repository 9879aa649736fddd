import type { ChangeRecord, HistoryEntry, RevisionComparison } from '../../../shared/contract';
import { changeImpactWords } from '../../../shared/change-impact-words';
import { comparisonMethodSentence, type ComparisonHunk } from '../../../shared/text-comparison';
import { optionalText, positional } from '../cli-arguments';
import { defineCommand } from '../cli-command';
import { formatTable } from '../format-table';
import { signatureLine } from './workflow-commands';
import { usageError } from '../cli-usage-error';

/** A changed hunk in the word-diff notation of git: [-removed-]{+added+}. */
function hunkText(h: ComparisonHunk): string[] {
  const where = `old p.${h.oldAt.page} l.${h.oldAt.line} → new p.${h.newAt.page} l.${h.newAt.line}`;
  if (h.kind === 'changed' && h.words) return [`~ ${where}`, `  ${h.words.map((w) => (w.kind === 'same' ? w.text : w.kind === 'added' ? `{+${w.text}+}` : `[-${w.text}-]`)).join('')}`];
  if (h.kind === 'changed') return [`~ ${where}`, ...h.old.map((p) => `  - ${p.text}`), ...h.new.map((p) => `  + ${p.text}`)];
  if (h.kind === 'added') return [`+ ${where}`, ...h.new.map((p) => `  + ${p.text}`)];
  if (h.kind === 'removed') return [`- ${where}`, ...h.old.map((p) => `  - ${p.text}`)];
  return [];
}

/** The change record per revision, as `quire history` adds it below the time line. */
function changeRecordText(records: ChangeRecord[]): string {
  const signed = (list: ChangeRecord['reviewers']) => list.map((s) => `${s.printedName} (${s.username}) ${s.signedAt.replace('T', ' ').slice(0, 16)}`).join('; ') || '—';
  return [
    'Change record',
    ...records.map((r) =>
      [
        `Revision ${r.revision} (${r.state.replace('_', ' ')})`,
        `  description: ${r.changeSummary ?? '—'}`,
        `  change requests: ${r.changeRequests.map((c) => `${c.number} (${c.reason})`).join('; ') || '—'}`,
        `  impact: ${changeImpactWords(r.impact)}`,
        `  documents affected: ${r.documentsAffected.join(', ') || '—'}`,
        `  reviewed by: ${signed(r.reviewers)}`,
        `  approved by: ${signed(r.approvers)}`,
        `  effective: ${r.effectiveDate ?? '—'}`,
      ].join('\n'),
    ),
  ].join('\n');
}

export function comparisonText(c: RevisionComparison): string {
  const lines = [
    `${c.document} ${c.title}: ${c.old.label} (${c.old.state}, sha256 ${c.old.sha256.slice(0, 16)}…) → ${c.new.label} (${c.new.state}, sha256 ${c.new.sha256.slice(0, 16)}…)`,
  ];
  if (c.new.changeSummary) lines.push(`Change summary of ${c.new.label}: ${c.new.changeSummary}`);
  for (const m of c.metadataChanges) lines.push(`Metadata: ${m.label}: ${String(m.old)} → ${String(m.new)}`);
  if (!c.text) lines.push(c.textUnavailable ?? 'The text was not compared.');
  else {
    const s = c.text.summary;
    lines.push(`${s.changes} change(s); pages changed: old ${s.oldPagesChanged.join(', ') || '–'}, new ${s.newPagesChanged.join(', ') || '–'}; words +${s.wordsAdded} −${s.wordsRemoved}; precision ${c.text.precision}${c.text.precisionNote ? ` (${c.text.precisionNote})` : ''}`);
    lines.push(comparisonMethodSentence(c.text), '');
    for (const h of c.text.hunks) lines.push(...hunkText(h));
  }
  for (const side of [c.old, c.new]) {
    lines.push('', `Signatures of ${side.label}:`, ...(side.signatures.length ? side.signatures.map((s) => `  ${signatureLine(s)}`) : ['  none']));
  }
  return lines.join('\n');
}

const diffUsage = 'diff <vault> <number> <revA> <revB> [--ignore-whitespace] [--ignore-line-wrap] [--ignore-headers-footers] [--pdf <out.pdf>] --as <user>';

export const historyCommands = [
  defineCommand({
    words: ['diff'],
    usage: diffUsage,
    summary: 'What changed between two revisions: text by page down to words, metadata, signatures (--pdf saves a report).',
    options: { 'ignore-whitespace': { type: 'boolean' }, 'ignore-line-wrap': { type: 'boolean' }, 'ignore-headers-footers': { type: 'boolean' }, pdf: { type: 'string' } },
    async run({ signedIn, positionals, values }) {
      const number = positional(positionals, 1, 'document number', diffUsage);
      const from = positional(positionals, 2, 'first revision', diffUsage);
      const to = positional(positionals, 3, 'second revision', diffUsage);
      const options = {
        number,
        from,
        to,
        ignoreWhitespace: values['ignore-whitespace'] === true,
        ignoreLineWrap: values['ignore-line-wrap'] === true,
        ignoreHeadersFooters: values['ignore-headers-footers'] === true,
      };
      const { core, token } = await signedIn();
      const comparison = await core.call(token, 'revisions.compare', options);
      const pdf = optionalText(values.pdf);
      const report = pdf ? await core.call(token, 'revisions.compareReport', { ...options, destination: pdf }) : null;
      return { ...comparison, ...(report ? { report } : {}) };
    },
    text: (r) => `${comparisonText(r)}${'report' in r && r.report ? `\n\nReport saved to ${r.report.path}.` : ''}`,
  }),
  defineCommand({
    words: ['history'],
    usage: 'history <vault> <number> [--change-record-pdf <file>] --as <user>',
    summary: "A document's whole life on one time line: revisions, states, signatures, prints and copies; then its change record per revision.",
    options: { 'change-record-pdf': { type: 'string' } },
    async run({ signedIn, positionals, values }) {
      const number = positional(positionals, 1, 'document number', 'history <vault> <number>');
      const { core, token } = await signedIn();
      const entries = await core.call(token, 'documents.history', { number });
      const changeRecord = await core.call(token, 'changeRecords.get', { number });
      const pdf = optionalText(values['change-record-pdf']);
      const report = pdf ? await core.call(token, 'changeRecords.exportPdf', { number, destination: pdf }) : null;
      // The JSON answer stays the time line as before; the change record is added to the text.
      return Object.assign(entries, { changeRecord, report });
    },
    text: (entries: HistoryEntry[] & { changeRecord: ChangeRecord[]; report: { path: string } | null }) =>
      [
        formatTable(['when (UTC)', 'who', 'rev', 'what', 'why'], entries.map((e) => [e.at.replace('T', ' ').slice(0, 19), e.user, e.revision, e.description, e.reason])),
        changeRecordText(entries.changeRecord),
        ...(entries.report ? [`Change record saved to ${entries.report.path}.`] : []),
      ].join('\n\n'),
  }),
  defineCommand({
    words: ['doc', 'update'],
    usage: 'doc update <vault> <number> [--title <t>] [--owner <user>] [--review-months <n>] [--retention-years <n>] --reason <text> --as <user>',
    summary: "Change a document's title, owner, review interval or retention, with a reason.",
    options: { title: { type: 'string' }, owner: { type: 'string' }, 'review-months': { type: 'string' }, 'retention-years': { type: 'string' }, reason: { type: 'string' } },
    async run({ signedIn, positionals, values }) {
      const number = positional(positionals, 1, 'document number', 'doc update <vault> <number> --reason <text>');
      const reason = optionalText(values.reason);
      if (!reason) throw usageError({ field: 'reason', problem: 'required' }, 'doc update <vault> <number> --reason <text>');
      const { core, token } = await signedIn({ applyDueReleases: true });
      return core.call(token, 'documents.update', {
        number,
        title: optionalText(values.title),
        owner: optionalText(values.owner),
        reviewIntervalMonths: values['review-months'] === undefined ? undefined : Number(values['review-months']),
        retentionYears: values['retention-years'] === undefined ? undefined : Number(values['retention-years']),
        reason,
      });
    },
    text: (d) => `${d.number} updated.`,
  }),
];
