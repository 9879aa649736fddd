import type { ControlledCopy, PrintResult, PrintVerification } from '../../../shared/contract';
import { optionalText, positional } from '../cli-arguments';
import { defineCommand } from '../cli-command';
import { formatTable } from '../format-table';
import { usageError } from '../cli-usage-error';

const printUsage = 'print <vault> <number> [--rev <label>] (--controlled --copyholder <name> [--location <l>] [--reprint <copy no>] | --uncontrolled) --out <file.pdf> --as <user>';
const copiesUsage = 'copies <vault> <number> --as <user>';
const recallUsage = 'copies recall <vault> <number> <copy no> --status returned|destroyed [--comment <c>] --as <user>';
const dueUsage = 'copies due <vault> --as <user>';
const verifyUsage = 'print verify <vault> <code> --as <user>';

function wholeNumber(value: string | undefined, what: string, usage: string): number {
  const n = Number(value);
  if (!value || !Number.isInteger(n) || n < 1) throw usageError({ field: what, problem: 'whole-number' }, usage);
  return n;
}

export function printText(p: PrintResult): string {
  const what = p.kind === 'uncontrolled' ? `Uncontrolled copy of ${p.document} ${p.revision} (${p.revisionState})` : `${p.kind === 'reprint' ? 'REPRINT of controlled' : 'Controlled'} copy No. ${p.copyNumber} of ${p.document} ${p.revision} for ${p.copyholder} (${p.location})`;
  const how = p.mode === 'cover-sheet' ? `pages as supplied behind a stamped cover sheet: ${p.coverSheetReason}` : 'every page stamped';
  return `${what}: ${p.path}\n${p.pages} page(s) (${p.sourcePages} + ${p.manifestPages} manifest), ${how}\nVerification code ${p.verificationCode}; file SHA-256 ${p.outputSha256}\nPrinted from a ${p.rendition.kind} rendition (${p.rendition.tool}), SHA-256 ${p.rendition.sha256}${renditionNotes(p.rendition).map((n) => `\n${n}`).join('')}`;
}

/** What the rendition's tool did that a reader of the paper should know: fonts replaced, pages that differ. */
function renditionNotes(r: PrintResult['rendition']): string[] {
  const notes: string[] = [];
  if (r.fonts?.substituted.length) notes.push(`Fonts substituted by ${r.tool}: ${r.fonts.substituted.join(', ')} (the layout may differ from the author's)`);
  if (r.fonts?.notEmbedded.length) notes.push(`Fonts not embedded in the rendition: ${r.fonts.notEmbedded.join(', ')}`);
  if (r.toolComparison) {
    notes.push(
      r.toolComparison.samePageCount
        ? `${r.toolComparison.tool} renders the source with the same number of pages (${r.toolComparison.pages}).`
        : `Check the author's PDF: ${r.toolComparison.tool} renders the source with ${r.toolComparison.pages} page(s), the supplied PDF has ${r.toolComparison.suppliedPages}.`,
    );
  }
  return notes;
}

export function copiesText(copies: ControlledCopy[]): string {
  if (copies.length === 0) return 'No controlled copies.';
  return formatTable(
    ['doc', 'copy', 'rev', 'rev state', 'copyholder', 'location', 'status', 'issued (UTC)', 'by', 'prints', 'recalled (UTC)'],
    copies.map((c) => [c.document, c.copyNumber, c.revision, c.revisionState, c.copyholder, c.location, c.status.replace(/_/g, ' '), c.issuedAt.slice(0, 16).replace('T', ' '), c.issuedBy, c.prints, c.recalledAt?.slice(0, 16).replace('T', ' ')]),
  );
}

const verificationText = (v: PrintVerification) =>
  [
    v.verdict,
    `${v.document} ${v.title}, revision ${v.revision}: printed as ${v.printedState}, now ${v.revisionState}${v.effectiveRevision ? `; effective revision ${v.effectiveRevision}` : ''}`,
    `${v.kind}${v.copy ? ` copy No. ${v.copy.copyNumber} for ${v.copy.copyholder} (${v.copy.location}), ${v.copy.status.replace(/_/g, ' ')}` : ''}; printed ${v.printedAt} by ${v.printedBy}, ${v.pages} page(s), ${v.mode}`,
  ].join('\n');

export const printCommands = [
  defineCommand({
    words: ['print'],
    usage: printUsage,
    summary: 'Print a revision to PDF: a controlled copy (numbered, for a copyholder; effective revision only) or an uncontrolled copy.',
    options: { rev: { type: 'string' }, controlled: { type: 'boolean' }, uncontrolled: { type: 'boolean' }, copyholder: { type: 'string' }, location: { type: 'string' }, reprint: { type: 'string' }, out: { type: 'string' } },
    async run({ signedIn, positionals, values }) {
      const number = positional(positionals, 1, 'document number', printUsage);
      if (values.controlled === values.uncontrolled) throw usageError({ problem: 'one-of', fields: ['controlled', 'uncontrolled'] }, printUsage, '--controlled or --uncontrolled');
      const destination = optionalText(values.out);
      if (!destination) throw usageError({ field: 'destination', problem: 'required' }, printUsage, '--out <file.pdf>');
      const reprint = optionalText(values.reprint);
      const { core, token } = await signedIn({ applyDueReleases: true });
      return core.call(token, 'prints.print', {
        number,
        label: optionalText(values.rev),
        mode: values.controlled ? 'controlled' : 'uncontrolled',
        copyholder: optionalText(values.copyholder),
        location: optionalText(values.location),
        reprintOf: reprint === undefined ? undefined : wholeNumber(reprint, 'copy number to reprint', printUsage),
        destination,
      });
    },
    text: printText,
  }),
  defineCommand({
    words: ['print', 'verify'],
    usage: verifyUsage,
    summary: 'Look a paper copy up by its verification code: what it should be, and whether it is still current.',
    options: {},
    async run({ signedIn, positionals }) {
      const code = positional(positionals, 1, 'verification code', verifyUsage);
      const { core, token } = await signedIn();
      return core.call(token, 'prints.verify', { code });
    },
    text: verificationText,
  }),
  defineCommand({
    words: ['copies'],
    usage: copiesUsage,
    summary: 'The controlled-copy register of a document: every copy of every revision with its status.',
    options: {},
    async run({ signedIn, positionals }) {
      const number = positional(positionals, 1, 'document number', copiesUsage);
      const { core, token } = await signedIn();
      return core.call(token, 'copies.list', { number });
    },
    text: copiesText,
  }),
  defineCommand({
    words: ['copies', 'recall'],
    usage: recallUsage,
    summary: 'Record, signed with your password (QUIRE_PASSWORD), that a controlled copy was returned or destroyed.',
    options: { status: { type: 'string' }, comment: { type: 'string' } },
    async run({ signedIn, positionals, values }) {
      const number = positional(positionals, 1, 'document number', recallUsage);
      const copyNumber = wholeNumber(positionals[2], 'copy number', recallUsage);
      if (values.status !== 'returned' && values.status !== 'destroyed') throw usageError({ field: 'status', problem: 'choice', choices: ['returned', 'destroyed'] }, recallUsage);
      const { core, token, password } = await signedIn({ applyDueReleases: true });
      return core.call(token, 'copies.recall', { number, copyNumber, status: values.status, password, comment: optionalText(values.comment) });
    },
    text: (r) => `${r.copy.document} controlled copy No. ${r.copy.copyNumber} (${r.copy.copyholder}, ${r.copy.location}) recorded as ${r.copy.status}; signed by ${r.signature.signer.printedName} at ${r.signature.signedAt}.`,
  }),
  defineCommand({
    words: ['copies', 'due'],
    usage: dueUsage,
    summary: 'Every controlled copy due for recall, across the register.',
    options: {},
    async run({ signedIn }) {
      const { core, token } = await signedIn();
      return core.call(token, 'copies.dueForRecall', {});
    },
    text: (copies: (ControlledCopy & { effectiveRevision: string | null })[]) =>
      copies.length === 0
        ? 'No controlled copies are due for recall.'
        : formatTable(
            ['doc', 'copy', 'rev', 'now effective', 'copyholder', 'location', 'due since (UTC)'],
            copies.map((c) => [c.document, c.copyNumber, c.revision, c.effectiveRevision ?? '(none: obsolete)', c.copyholder, c.location, c.dueForRecallAt?.slice(0, 16).replace('T', ' ')]),
          ),
  }),
];
