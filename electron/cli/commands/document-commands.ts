import type { DocumentDetail, DocumentSummary, MethodResult, Printability, Revision } from '../../../shared/contract';
import { changeImpactOption, changeImpactOptions } from '../change-impact-option';
import { docListCommand, registerCells, registerHeader } from './doc-list-command';
import { printabilityWarning } from '../../../shared/printability-warning';
import { cliWarningLine } from '../cli-error-hints';
import { defineCommand } from '../cli-command';
import { optionalText, positional } from '../cli-arguments';
import { formatTable } from '../format-table';
import { usageError } from '../cli-usage-error';


function optionalInteger(value: unknown, field: string, usage: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n)) throw usageError({ field, problem: 'whole-number' }, usage);
  return n;
}

export function registerText(documents: DocumentSummary[]): string {
  if (documents.length === 0) return 'The register is empty.';
  return formatTable(registerHeader, documents.map(registerCells));
}

export function documentText(d: DocumentDetail): string {
  return [
    `${d.number}  ${d.title}`,
    `type ${d.type}${d.department ? `, department ${d.department}` : ''}, owner ${d.owner.fullName} (${d.owner.username}), ${d.status}`,
    `review every ${d.reviewIntervalMonths} months, retain ${d.retentionYears} years${d.external ? `, external: ${d.external.source}${d.external.reference ? ` ${d.external.reference}` : ''}` : ''}`,
    '',
    formatTable(
      ['rev', 'state', 'author', 'file', 'size', 'sha256', 'PDF rendition sha256', 'created (UTC)', 'effective', 'change summary'],
      d.revisions.map((r) => [r.label, r.state, r.author.username, r.fileName, r.size, r.sha256.slice(0, 16), r.rendition?.sha256.slice(0, 16), r.createdAt, r.effectiveDate, r.changeSummary]),
    ),
  ].join('\n');
}

const addUsage = 'doc add <vault> --type <T> --title <t> --file <path> [--rendition <file.pdf>] [--dept <D>] [--number <N>] --as <user>';
const newUsage = 'rev new <vault> <number> --file <path> [--rendition <file.pdf>] --summary <text> [--impact none|training,linked,validation] [--impact-note <text>] --as <user>';
const renditionUsage = 'rev rendition <vault> <number> --file <file.pdf> [--label <L>] --as <user>';
const printableUsage = 'rev printable <vault> [<number>] --as <user>';

/** Says on stderr, before it matters, that this desktop could not print what was just registered. */
function warnIfNotPrintable(warn: (text: string) => void, number: string, revision: { label: string; fileName: string }, printability: Printability): void {
  const warning = printabilityWarning(printability, { number, label: revision.label, fileName: revision.fileName });
  if (warning) warn(cliWarningLine(warning));
}

function printabilityLine(p: Printability): string {
  if (!p.printable) return 'cannot be printed on this computer';
  const how: Record<NonNullable<Printability['how']>, string> = {
    'native-pdf': 'prints as it is (PDF)',
    'quire-renderer': `prints through ${p.tool ?? "Quire's renderer"}`,
    'supplied-pdf': "prints from the author's PDF",
    'recorded-rendition': `prints from the rendition in the vault (${p.tool ?? 'made earlier'})`,
    word: `prints through ${p.tool ?? 'Microsoft Word'}`,
    libreoffice: `prints through ${p.tool ?? 'LibreOffice'}`,
  };
  return how[p.how!];
}

const revisionLine = (r: Revision & { printability: Printability }) =>
  `${r.label} (${r.state}) ${r.fileName} sha256 ${r.sha256}${r.rendition ? `
PDF rendition ${r.rendition.fileName} (${r.rendition.pages} page(s)) sha256 ${r.rendition.sha256}` : ''}
${printabilityLine(r.printability)}`;
const exportUsage = 'rev export <vault> <number> <label> --out <file> --as <user>';

export const documentCommands = [
  defineCommand({
    words: ['doc', 'add'],
    usage: addUsage,
    summary: 'Register a document with its first draft revision; prints the number.',
    options: {
      type: { type: 'string' },
      title: { type: 'string' },
      file: { type: 'string' },
      rendition: { type: 'string' },
      dept: { type: 'string' },
      number: { type: 'string' },
      owner: { type: 'string' },
      summary: { type: 'string' },
      'review-months': { type: 'string' },
      'retention-years': { type: 'string' },
      'external-source': { type: 'string' },
      'external-ref': { type: 'string' },
    },
    async run({ signedIn, values, warn }) {
      const missing = (['type', 'title', 'file'] as const).find((flag) => typeof values[flag] !== 'string');
      if (missing || typeof values.type !== 'string' || typeof values.title !== 'string' || typeof values.file !== 'string') {
        throw usageError({ field: missing ?? 'file', problem: 'required' }, addUsage);
      }
      const { core, token } = await signedIn({ applyDueReleases: true });
      const registered = await core.call(token, 'documents.register', {
        type: values.type,
        title: values.title,
        file: { path: values.file },
        rendition: typeof values.rendition === 'string' ? { path: values.rendition } : undefined,
        department: optionalText(values.dept),
        number: optionalText(values.number),
        owner: optionalText(values.owner),
        changeSummary: optionalText(values.summary),
        reviewIntervalMonths: optionalInteger(values['review-months'], 'reviewIntervalMonths', addUsage),
        retentionYears: optionalInteger(values['retention-years'], 'retentionYears', addUsage),
        external: typeof values['external-source'] === 'string' ? { source: values['external-source'], reference: optionalText(values['external-ref']) } : undefined,
      });
      warnIfNotPrintable(warn, registered.number, registered.revisions.at(-1)!, registered.printability);
      return registered;
    },
    text: (d) => d.number,
  }),
  docListCommand,
  defineCommand({
    words: ['doc', 'show'],
    usage: 'doc show <vault> <number> --as <user>',
    summary: 'One document with all its revisions.',
    options: {},
    async run({ signedIn, positionals }) {
      const number = positional(positionals, 1, 'document number', 'doc show <vault> <number>');
      const { core, token } = await signedIn();
      return core.call(token, 'documents.get', { number });
    },
    text: documentText,
  }),
  defineCommand({
    words: ['rev', 'new'],
    usage: newUsage,
    summary: 'Start the next draft revision of a document from a new file.',
    options: { file: { type: 'string' }, rendition: { type: 'string' }, summary: { type: 'string' }, ...changeImpactOptions },
    async run({ signedIn, positionals, values, warn }) {
      const number = positional(positionals, 1, 'document number', newUsage);
      if (typeof values.file !== 'string') throw usageError({ field: 'file', problem: 'required' }, newUsage);
      const impact = changeImpactOption(values, newUsage);
      const { core, token } = await signedIn({ applyDueReleases: true });
      const rendition = typeof values.rendition === 'string' ? { path: values.rendition } : undefined;
      const revision = await core.call(token, 'revisions.createDraft', { number, file: { path: values.file }, rendition, changeSummary: optionalText(values.summary), impact });
      warnIfNotPrintable(warn, number, revision, revision.printability);
      return revision;
    },
    text: revisionLine,
  }),
  defineCommand({
    words: ['rev', 'rendition'],
    usage: renditionUsage,
    summary: "Attach the author's PDF of the source to a draft never submitted; it is signed with the source and used by prints.",
    options: { file: { type: 'string' }, label: { type: 'string' } },
    async run({ signedIn, positionals, values }) {
      const number = positional(positionals, 1, 'document number', renditionUsage);
      if (typeof values.file !== 'string') throw usageError({ field: 'file', problem: 'required' }, renditionUsage);
      const { core, token } = await signedIn({ applyDueReleases: true });
      return core.call(token, 'revisions.attachRendition', { number, label: optionalText(values.label), file: { path: values.file } });
    },
    text: revisionLine,
  }),
  defineCommand({
    words: ['rev', 'printable'],
    usage: printableUsage,
    summary: 'Whether this computer can print each revision of a document, and how; with no number, the effective revisions it cannot print.',
    options: {},
    async run({ signedIn, positionals }) {
      const number = optionalText(positionals[1]);
      const { core, token } = await signedIn();
      return core.call(token, 'prints.printability', { number });
    },
    text: (rows: MethodResult<'prints.printability'>) =>
      rows.length === 0
        ? 'Every effective revision can be printed on this computer.'
        : formatTable(['doc', 'rev', 'state', 'printable here', 'how'], rows.map((r) => [r.document, r.revision, r.state, r.printable ? 'yes' : 'NO', printabilityLine(r)])),
  }),
  defineCommand({
    words: ['rev', 'export'],
    usage: exportUsage,
    summary: "Write a revision's stored file, byte for byte.",
    options: { out: { type: 'string' } },
    async run({ signedIn, positionals, values }) {
      const number = positional(positionals, 1, 'document number', exportUsage);
      const label = positional(positionals, 2, 'revision label', exportUsage);
      if (typeof values.out !== 'string') throw usageError({ field: 'destination', problem: 'required' }, exportUsage);
      const { core, token } = await signedIn();
      return core.call(token, 'revisions.exportContent', { number, label, destination: values.out });
    },
    text: (r) => `Wrote ${r.path} (${r.size} bytes, sha256 ${r.sha256}).`,
  }),
];
