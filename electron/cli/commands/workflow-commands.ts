import type { Route, Signature } from '../../../shared/contract';
import { QuireError } from '../../../shared/errors';
import { roles, type Role } from '../../../shared/roles';
import { commaList, optionalText, positional } from '../cli-arguments';
import { defineCommand } from '../cli-command';
import { formatTable } from '../format-table';
import { usageError } from '../cli-usage-error';
import { keyAfterResetNote } from '../../../shared/key-after-reset-note';
import { printabilityWarning } from '../../../shared/printability-warning';
import { cliWarningLine } from '../cli-error-hints';
import { revisionStateInWords } from '../../../shared/lifecycle';
import { declareViewing } from './declare-viewing';
import { changeImpactOption, changeImpactOptions } from '../change-impact-option';

const routeText = (r: Route) =>
  [
    `${r.document} ${r.revision}: ${revisionStateInWords(r.revisionState)} (route ${r.state}, approval ${r.approvalMode}, content sha256 ${r.contentSha256})`,
    formatTable(['stage', '#', 'who', 'state', 'due', 'done (UTC)'], r.tasks.map((t) => [t.stage, t.position, `${t.assignee.fullName} (${t.assignee.username})`, t.state, t.dueDate, t.completedAt])),
  ].join('\n');

export const signatureLine = (s: Signature) =>
  `${s.document} ${s.revision} ${s.meaning} by ${s.signer.printedName} (${s.signer.username}) at ${s.signedAt} [${s.timeZone} ${s.utcOffset}] content ${s.contentSha256.slice(0, 16)}…${s.renditionSha256 ? ` PDF rendition ${s.renditionSha256.slice(0, 16)}…` : ''}${s.comment ? ` — ${s.comment}` : ''}${keyAfterResetNote(s) ? ` [${keyAfterResetNote(s)}]` : ''}`;

const submitUsage = 'rev submit <vault> <number> --reviewers <u,…> --approvers <u,…> [--sequential] [--summary <text>] [--impact none|training,linked,validation] [--impact-note <text>] --as <user>';
const signUsage = 'rev sign <vault> <number> --meaning reviewed|approved --viewed [--comment <c>] --as <user>';
/** Every signature on content needs the signer to have seen it: --viewed declares they opened the exported file. */
const viewedOption = { viewed: { type: 'boolean' } } as const;
const rejectUsage = 'rev reject <vault> <number> --comment <c> --as <user>';
const releaseUsage = 'rev release <vault> <number> [--effective <YYYY-MM-DD>] --as <user>';

export const workflowCommands = [
  defineCommand({
    words: ['rev', 'submit'],
    usage: submitUsage,
    summary: 'Freeze the draft and route it to reviewers, then approvers (in parallel, or in sequence).',
    options: { reviewers: { type: 'string' }, approvers: { type: 'string' }, sequential: { type: 'boolean' }, 'review-due': { type: 'string' }, 'approval-due': { type: 'string' }, summary: { type: 'string' }, ...changeImpactOptions },
    async run({ signedIn, positionals, values, warn }) {
      const number = positional(positionals, 1, 'document number', submitUsage);
      const impact = changeImpactOption(values, submitUsage);
      const { core, token } = await signedIn({ applyDueReleases: true });
      const route = await core.call(token, 'revisions.submit', {
        number,
        reviewers: commaList(values.reviewers),
        approvers: commaList(values.approvers),
        approvalMode: values.sequential ? 'sequential' : undefined,
        reviewDueDate: optionalText(values['review-due']),
        approvalDueDate: optionalText(values['approval-due']),
        changeSummary: optionalText(values.summary),
        impact,
      });
      const warning = printabilityWarning(route.printability, { number, label: route.revision });
      if (warning) warn(cliWarningLine(warning));
      return route;
    },
    text: routeText,
  }),
  defineCommand({
    words: ['rev', 'sign'],
    usage: signUsage,
    summary: 'Sign as reviewer or approver; your password (QUIRE_PASSWORD) is checked again.',
    options: { meaning: { type: 'string' }, comment: { type: 'string' }, ...viewedOption },
    async run({ signedIn, positionals, values }) {
      const number = positional(positionals, 1, 'document number', signUsage);
      if (values.meaning !== 'reviewed' && values.meaning !== 'approved') throw usageError({ field: 'meaning', problem: 'choice', choices: ['reviewed', 'approved'] }, signUsage);
      const { core, token, password } = await signedIn({ applyDueReleases: true });
      if (values.viewed) await declareViewing(core, token, number, 'newest');
      return core.call(token, 'revisions.sign', { number, meaning: values.meaning, password, comment: optionalText(values.comment) });
    },
    text: (r) => `Signed: ${signatureLine(r.signature)}\n${routeText(r.route)}`,
  }),
  defineCommand({
    words: ['rev', 'reject'],
    usage: rejectUsage,
    summary: 'Reject the revision under review or approval (comment required); it returns to draft.',
    options: { comment: { type: 'string' } },
    async run({ signedIn, positionals, values }) {
      const number = positional(positionals, 1, 'document number', rejectUsage);
      if (typeof values.comment !== 'string') throw new QuireError('COMMENT_REQUIRED', {}, { usage: rejectUsage });
      const { core, token } = await signedIn({ applyDueReleases: true });
      return core.call(token, 'revisions.reject', { number, comment: values.comment });
    },
    text: routeText,
  }),
  defineCommand({
    words: ['rev', 'release'],
    usage: releaseUsage,
    summary: 'Release the approved revision (signed), effective today or on a later date.',
    options: { effective: { type: 'string' }, comment: { type: 'string' } },
    async run({ signedIn, positionals, values }) {
      const number = positional(positionals, 1, 'document number', releaseUsage);
      const { core, token, password } = await signedIn({ applyDueReleases: true });
      return core.call(token, 'revisions.release', { number, effectiveDate: optionalText(values.effective), password, comment: optionalText(values.comment) });
    },
    text: (r) => `${r.revision} is ${r.state}${r.state === 'effective' ? ` from ${r.effectiveDate}` : `, effective on ${r.effectiveDate}`}${r.superseded ? `; ${r.superseded} is superseded` : ''}.`,
  }),
  defineCommand({
    words: ['rev', 'cancel'],
    usage: 'rev cancel <vault> <number> --reason <text> --as <user>',
    summary: 'Cancel a draft or a revision in review; it stays in the history.',
    options: { reason: { type: 'string' } },
    async run({ signedIn, positionals, values }) {
      const number = positional(positionals, 1, 'document number', 'rev cancel <vault> <number> --reason <text>');
      const { core, token } = await signedIn({ applyDueReleases: true });
      return core.call(token, 'revisions.cancel', { number, reason: optionalText(values.reason) ?? '' });
    },
    text: (r) => `${r.revision} is ${r.state}.`,
  }),
  defineCommand({
    words: ['rev', 'route'],
    usage: 'rev route <vault> <number> [--rev <label>] --as <user>',
    summary: "Show a revision's review and approval route.",
    options: { rev: { type: 'string' } },
    async run({ signedIn, positionals, values }) {
      const number = positional(positionals, 1, 'document number', 'rev route <vault> <number>');
      const { core, token } = await signedIn();
      return core.call(token, 'revisions.route', { number, label: optionalText(values.rev) });
    },
    text: (r) => (r ? routeText(r) : 'That revision has not been routed.'),
  }),
  defineCommand({
    words: ['tasks'],
    usage: 'tasks <vault> --as <user>',
    summary: 'Your inbox: reviews, approvals, acknowledgements, withdrawals, your rejected drafts and, for controllers, releases.',
    options: {},
    async run({ signedIn }) {
      const { core, token } = await signedIn();
      return core.call(token, 'tasks.mine', {});
    },
    text: (tasks) =>
      tasks.length === 0
        ? 'Nothing is waiting for you.'
        : formatTable(
            ['task', 'document', 'rev', 'title', 'due', ''],
            tasks.map((t) => [
              t.kind,
              t.document,
              t.revision,
              t.title,
              t.dueDate,
              [
                t.overdue && 'OVERDUE',
                t.effectiveDate ? `released, effective ${t.effectiveDate}` : !t.actionable && 'waiting for an earlier step',
                t.reason && `"${t.reason}"${t.by ? ` (${t.by.username})` : ''}`,
              ]
                .filter(Boolean)
                .join(', '),
            ]),
          ),
  }),
  defineCommand({
    words: ['reviews', 'due'],
    usage: 'reviews due <vault> [--within <days>] --as <user>',
    summary: 'Periodic reviews due within the window (30 days by default) or overdue.',
    options: { within: { type: 'string' } },
    async run({ signedIn, values }) {
      const { core, token } = await signedIn();
      return core.call(token, 'reviews.due', { withinDays: values.within === undefined ? undefined : Number(values.within) });
    },
    text: (due) => (due.length === 0 ? 'No periodic review is due.' : formatTable(['document', 'rev', 'title', 'owner', 'review by', ''], due.map((d) => [d.document, d.revision, d.title, d.owner, d.nextReviewDate, d.overdue ? 'OVERDUE' : '']))),
  }),
  defineCommand({
    words: ['reviews', 'complete'],
    usage: 'reviews complete <vault> <number> --viewed [--comment <c>] --as <user>',
    summary: 'Record (signed) a periodic review that found no change needed.',
    options: { comment: { type: 'string' }, ...viewedOption },
    async run({ signedIn, positionals, values }) {
      const number = positional(positionals, 1, 'document number', 'reviews complete <vault> <number>');
      const { core, token, password } = await signedIn({ applyDueReleases: true });
      if (values.viewed) await declareViewing(core, token, number, 'effective');
      return core.call(token, 'reviews.complete', { number, password, comment: optionalText(values.comment) });
    },
    text: (r) => `${signatureLine(r.signature)}\nNext review by ${r.nextReviewDate}.`,
  }),
  defineCommand({
    words: ['signatures', 'verify'],
    usage: 'signatures verify <vault> [<number>] --as <user>',
    summary: "Check every signature's content binding and Ed25519 signature (or one document's).",
    options: {},
    async run({ signedIn, positionals }) {
      const { core, token } = await signedIn();
      const checks = await core.call(token, 'signatures.verify', { number: positionals[1] });
      const bad = checks.filter((c) => !c.valid);
      if (bad.length > 0) throw new QuireError('VAULT_VERIFY_FAILED', { problemCount: bad.length, signatureCount: checks.length, firstLocation: String(bad[0]!.id), firstProblem: bad[0]!.problems[0] ?? '' }, { checks });
      return checks;
    },
    text: (checks) => (checks.length === 0 ? 'There are no signatures to check.' : [`All ${checks.length} signatures verify.`, ...checks.map((c) => `  ✓ ${signatureLine(c)}`)].join('\n')),
  }),
  defineCommand({
    words: ['signatures', 'list'],
    usage: 'signatures list <vault> <number> [--rev <label>] --as <user>',
    summary: 'The signatures on a document or one revision.',
    options: { rev: { type: 'string' } },
    async run({ signedIn, positionals, values }) {
      const number = positional(positionals, 1, 'document number', 'signatures list <vault> <number>');
      const { core, token } = await signedIn();
      return core.call(token, 'signatures.list', { number, label: optionalText(values.rev) });
    },
    text: (list) => list.map(signatureLine).join('\n') || 'No signatures.',
  }),
  defineCommand({
    words: ['doc', 'withdraw'],
    usage: 'doc withdraw <vault> <number> --reason <text> --as <controller>',
    summary: 'Ask for a document to be withdrawn (made obsolete); an approver decides.',
    options: { reason: { type: 'string' } },
    async run({ signedIn, positionals, values }) {
      const number = positional(positionals, 1, 'document number', 'doc withdraw <vault> <number> --reason <text>');
      const { core, token } = await signedIn({ applyDueReleases: true });
      return core.call(token, 'documents.requestWithdrawal', { number, reason: optionalText(values.reason) ?? '' });
    },
    text: (r) => `Withdrawal of ${r.document} requested; an approver signs it with "quire doc approve-withdrawal".`,
  }),
  defineCommand({
    words: ['doc', 'approve-withdrawal'],
    usage: 'doc approve-withdrawal <vault> <number> --viewed [--comment <c>] --as <approver>',
    summary: 'Sign the pending withdrawal: the document becomes obsolete.',
    options: { comment: { type: 'string' }, ...viewedOption },
    async run({ signedIn, positionals, values }) {
      const number = positional(positionals, 1, 'document number', 'doc approve-withdrawal <vault> <number>');
      const { core, token, password } = await signedIn({ applyDueReleases: true });
      if (values.viewed) await declareViewing(core, token, number, 'effective');
      return core.call(token, 'documents.approveWithdrawal', { number, password, comment: optionalText(values.comment) });
    },
    text: (r) => `${r.document} is ${r.status}.`,
  }),
  defineCommand({
    words: ['training', 'assign'],
    usage: 'training assign <vault> <number> [--users <u,…>] [--roles <r,…>] [--due <YYYY-MM-DD>] --as <user>',
    summary: 'Assign the effective revision for read-and-understood.',
    options: { users: { type: 'string' }, roles: { type: 'string' }, due: { type: 'string' } },
    async run({ signedIn, positionals, values }) {
      const number = positional(positionals, 1, 'document number', 'training assign <vault> <number>');
      const roleList = commaList(values.roles);
      const unknown = roleList?.filter((r) => !(roles as readonly string[]).includes(r)) ?? [];
      if (unknown.length) throw usageError({ field: 'roles', problem: 'unknown-roles', unknown, known: [...roles] }, 'training assign <vault> <number>');
      const { core, token } = await signedIn({ applyDueReleases: true });
      return core.call(token, 'training.assign', { number, users: commaList(values.users), roles: roleList as Role[] | undefined, dueDate: optionalText(values.due) });
    },
    text: (r) => `${r.revision} assigned to ${r.assigned.join(', ') || 'nobody new'}.`,
  }),
  defineCommand({
    words: ['training', 'ack'],
    usage: 'training ack <vault> <number> --viewed --as <user>',
    summary: 'Sign that you read and understood the effective revision.',
    options: { ...viewedOption },
    async run({ signedIn, positionals, values }) {
      const number = positional(positionals, 1, 'document number', 'training ack <vault> <number>');
      const { core, token, password } = await signedIn({ applyDueReleases: true });
      if (values.viewed) await declareViewing(core, token, number, 'effective');
      return core.call(token, 'training.acknowledge', { number, password });
    },
    text: signatureLine,
  }),
  defineCommand({
    words: ['training', 'outstanding'],
    usage: 'training outstanding <vault> [<number>] --as <user>',
    summary: 'Who has not yet acknowledged what is assigned to them.',
    options: {},
    async run({ signedIn, positionals }) {
      const { core, token } = await signedIn();
      return core.call(token, 'training.outstanding', { number: positionals[1] });
    },
    text: (rows) => (rows.length === 0 ? 'Nobody is outstanding.' : formatTable(['document', 'rev', 'user', 'name', 'assigned', 'due', ''], rows.map((r) => [r.document, r.revision, r.user, r.fullName, r.assignedAt.slice(0, 10), r.dueDate, r.overdue ? 'OVERDUE' : '']))),
  }),
];
