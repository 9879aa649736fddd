import type { ChangeRequest, ChangeRequestState } from '../../../shared/contract';
import { changeRequestStates, documentLinkKinds } from '../../../shared/change-control-words';
import { optionalText, positional } from '../cli-arguments';
import { defineCommand } from '../cli-command';
import { formatTable } from '../format-table';
import { usageError } from '../cli-usage-error';
import { signatureLine } from './workflow-commands';

const newUsage = 'dcr new <vault> <number> --reason <text> [--proposal <text>] [--file <marked-up file>] --as <user>';
const listUsage = 'dcr list <vault> [--status open|accepted|rejected|implemented] [--document <number>] --as <user>';
const decideUsage = 'dcr decide <vault> <dcr> (--accept|--reject) --comment <text> --as <user>';
const linkUsage = 'doc link <vault> <number> <other number> [--kind references|form|annex] --as <user>';
const noChangeUsage = 'doc no-change-needed <vault> <number> [--changed <number>] [--comment <text>] --as <user>';

const requestLine = (c: ChangeRequest) =>
  `${c.number} ${c.document} ${c.against}: ${c.state}${c.draft ? ` (draft ${c.draft})` : ''}${c.implementedIn ? ` (implemented in ${c.implementedIn})` : ''} — ${c.reason}`;

export const changeCommands = [
  defineCommand({
    words: ['dcr', 'new'],
    usage: newUsage,
    summary: 'Ask for a change to a document (anyone who may read it); prints the change request number.',
    options: { reason: { type: 'string' }, proposal: { type: 'string' }, file: { type: 'string' } },
    async run({ signedIn, positionals, values }) {
      const number = positional(positionals, 1, 'document number', newUsage);
      const reason = optionalText(values.reason);
      if (!reason) throw usageError({ field: 'reason', problem: 'required' }, newUsage);
      const { core, token } = await signedIn({ applyDueReleases: true });
      const file = optionalText(values.file);
      return core.call(token, 'changeRequests.create', { number, reason, proposal: optionalText(values.proposal), ...(file ? { file: { path: file } } : {}) });
    },
    text: (c) => c.number,
  }),
  defineCommand({
    words: ['dcr', 'list'],
    usage: listUsage,
    summary: 'The change request register, optionally one status or one document.',
    options: { status: { type: 'string' }, document: { type: 'string' } },
    async run({ signedIn, values }) {
      const status = optionalText(values.status);
      if (status !== undefined && !(changeRequestStates as readonly string[]).includes(status)) throw usageError({ field: 'status', problem: 'choice', choices: [...changeRequestStates] }, listUsage);
      const { core, token } = await signedIn({ applyDueReleases: true });
      return core.call(token, 'changeRequests.list', { status: status as ChangeRequestState | undefined, number: optionalText(values.document) });
    },
    text: (rows) =>
      rows.length === 0
        ? 'No change requests.'
        : formatTable(
            ['dcr', 'document', 'rev', 'state', 'requested by', 'requested (UTC)', 'decided by', 'draft', 'implemented in', 'reason'],
            rows.map((c) => [c.number, c.document, c.against, c.state, c.requestedBy.username, c.requestedAt.replace('T', ' ').slice(0, 16), c.decidedBy?.username ?? null, c.draft, c.implementedIn, c.reason]),
          ),
  }),
  defineCommand({
    words: ['dcr', 'decide'],
    usage: decideUsage,
    summary: "Accept or reject a change request, signed (the document's owner or a controller); accepting starts or joins the next draft.",
    options: { accept: { type: 'boolean' }, reject: { type: 'boolean' }, comment: { type: 'string' } },
    async run({ signedIn, positionals, values }) {
      const dcr = positional(positionals, 1, 'change request number', decideUsage);
      if (Boolean(values.accept) === Boolean(values.reject)) throw usageError({ problem: 'one-of', fields: ['accept', 'reject'] }, decideUsage);
      const comment = optionalText(values.comment);
      if (!comment) throw usageError({ field: 'comment', problem: 'required' }, decideUsage);
      const { core, token, password } = await signedIn({ applyDueReleases: true });
      return core.call(token, 'changeRequests.decide', { dcr, decision: values.accept ? 'accept' : 'reject', comment, password });
    },
    text: (r) => `${requestLine(r.changeRequest)}\n${signatureLine(r.signature)}`,
  }),
  defineCommand({
    words: ['doc', 'link'],
    usage: linkUsage,
    summary: 'Record that a document uses another: references it (the default), or is its form or annex.',
    options: { kind: { type: 'string' } },
    async run({ signedIn, positionals, values }) {
      const number = positional(positionals, 1, 'document number', linkUsage);
      const other = positional(positionals, 2, 'other document number', linkUsage);
      const kind = optionalText(values.kind);
      if (kind !== undefined && !(documentLinkKinds as readonly string[]).includes(kind)) throw usageError({ field: 'kind', problem: 'choice', choices: [...documentLinkKinds] }, linkUsage);
      const { core, token } = await signedIn({ applyDueReleases: true });
      return core.call(token, 'documents.link', { number, other, kind: kind as (typeof documentLinkKinds)[number] | undefined });
    },
    text: (r) => `${r.document} uses ${r.other} (${r.kind}).`,
  }),
  defineCommand({
    words: ['doc', 'links'],
    usage: 'doc links <vault> <number> --as <user>',
    summary: 'The documents a document uses, and where it is used.',
    options: {},
    async run({ signedIn, positionals }) {
      const number = positional(positionals, 1, 'document number', 'doc links <vault> <number>');
      const { core, token } = await signedIn({ applyDueReleases: true });
      return core.call(token, 'documents.links', { number });
    },
    text: (r) =>
      [
        `${r.document} uses:`,
        r.uses.length ? formatTable(['document', 'kind', 'title'], r.uses.map((l) => [l.number, l.kind, l.title])) : '  nothing',
        `${r.document} is used by:`,
        r.usedBy.length ? formatTable(['document', 'kind', 'title'], r.usedBy.map((l) => [l.number, l.kind, l.title])) : '  nothing',
      ].join('\n'),
  }),
  defineCommand({
    words: ['doc', 'no-change-needed'],
    usage: noChangeUsage,
    summary: 'Close, signed, the "linked document changed — check yours" task on your document: no change needed.',
    options: { changed: { type: 'string' }, comment: { type: 'string' } },
    async run({ signedIn, positionals, values }) {
      const number = positional(positionals, 1, 'document number', noChangeUsage);
      const { core, token, password } = await signedIn({ applyDueReleases: true });
      return core.call(token, 'linkedChanges.noChangeNeeded', { number, changed: optionalText(values.changed), password, comment: optionalText(values.comment) });
    },
    text: (r) => `${r.document}: no change needed for ${r.closed.join(', ')}.\n${signatureLine(r.signature)}`,
  }),
];
