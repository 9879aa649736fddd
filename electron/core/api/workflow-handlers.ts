import { requireDocumentRow, requireRevisionByLabel, revisionRows } from '../documents/document-queries';
import { requireUserRow } from '../users/user-records';
import { revisionPrintability } from '../prints/revision-printability';
import { appendAuditEvent } from '../audit/append-audit-event';
import { actorOf, writeTransaction } from '../core-context';
import { QuireError } from '../../../shared/errors';
import { statement } from '../vault/statements';
import { cancelRevision } from '../workflow/cancel-revision';
import { localDate } from '../workflow/calendar-dates';
import { inboxOf } from '../workflow/inbox';
import { completePeriodicReview, dueReviews } from '../workflow/periodic-review';
import { acknowledgeTraining, assignTraining, outstandingTraining } from '../workflow/read-and-understood';
import { rejectRevision } from '../workflow/reject-revision';
import { releaseRevision } from '../workflow/release-revision';
import { latestRouteOf, routeDetail } from '../workflow/route-queries';
import { listRouteTemplates, routeTemplateFor, writeRouteTemplate } from '../workflow/route-templates';
import { signRouteTask } from '../workflow/sign-route-task';
import { signatureRows, toSignature } from '../workflow/signature-queries';
import { submitRevision } from '../workflow/submit-revision';
import { checkSignatures } from '../workflow/verify-signatures';
import { approveWithdrawal, requestWithdrawal } from '../workflow/withdraw-document';
import type { HandlerTable } from './handler-table';

export const workflowHandlers: HandlerTable<
  | 'routeTemplates.list'
  | 'routeTemplates.set'
  | 'revisions.submit'
  | 'revisions.sign'
  | 'revisions.reject'
  | 'revisions.release'
  | 'revisions.cancel'
  | 'revisions.route'
  | 'tasks.mine'
  | 'reviews.due'
  | 'reviews.complete'
  | 'documents.requestWithdrawal'
  | 'documents.approveWithdrawal'
  | 'training.assign'
  | 'training.acknowledge'
  | 'training.outstanding'
  | 'signatures.list'
  | 'signatures.verify'
> = {
  'routeTemplates.list': (ctx) => listRouteTemplates(ctx.vault.db),
  'routeTemplates.set': (ctx, input) =>
    writeTransaction(ctx, () => {
      const db = ctx.vault.db;
      if (!statement<[string], { code: string }>(db, 'SELECT code FROM document_types WHERE code = ?').get(input.type)) {
        throw new QuireError('DOCUMENT_TYPE_UNKNOWN', { type: input.type });
      }
      const names = (list: string[]) => list.map((u) => requireUserRow(db, u).username);
      const before = routeTemplateFor(db, input.type) ?? null;
      const template = { type: input.type, reviewers: names(input.reviewers), approvers: names(input.approvers), approvalMode: input.approvalMode, reviewDays: input.reviewDays ?? null, approvalDays: input.approvalDays ?? null };
      writeRouteTemplate(db, template);
      appendAuditEvent(db, actorOf(ctx), { action: 'route_template.set', entityType: 'document_type', entityId: input.type, oldValue: before, newValue: template, reason: input.reason }, ctx.now());
      return template;
    }),
  'revisions.submit': (ctx, input) => {
    const route = submitRevision(ctx, input);
    // Said at submission too: reviewers should not approve what this desktop could never print.
    const revision = requireRevisionByLabel(ctx.vault.db, requireDocumentRow(ctx.vault.db, route.document), route.revision);
    return { ...route, printability: revisionPrintability(ctx.vault.db, revision) };
  },
  'revisions.sign': (ctx, input) => signRouteTask(ctx, input),
  'revisions.reject': (ctx, input) => rejectRevision(ctx, input),
  'revisions.release': (ctx, input) => releaseRevision(ctx, input),
  'revisions.cancel': (ctx, input) => cancelRevision(ctx, input),
  'revisions.route': (ctx, input) => {
    const document = requireDocumentRow(ctx.vault.db, input.number);
    const revision = input.label ? requireRevisionByLabel(ctx.vault.db, document, input.label) : revisionRows(ctx.vault.db, document.id).at(-1);
    const route = revision && latestRouteOf(ctx.vault.db, revision.id);
    return route ? routeDetail(ctx.vault.db, route) : null;
  },
  'tasks.mine': (ctx) => inboxOf(ctx),
  'reviews.due': (ctx, input) => dueReviews(ctx.vault.db, localDate(ctx.now()), input.withinDays),
  'reviews.complete': (ctx, input) => completePeriodicReview(ctx, input),
  'documents.requestWithdrawal': (ctx, input) => requestWithdrawal(ctx, input),
  'documents.approveWithdrawal': (ctx, input) => approveWithdrawal(ctx, input),
  'training.assign': (ctx, input) => assignTraining(ctx, input),
  'training.acknowledge': (ctx, input) => acknowledgeTraining(ctx, input),
  'training.outstanding': (ctx, input) => outstandingTraining(ctx, input.number),
  'signatures.list': (ctx, input) => {
    const document = requireDocumentRow(ctx.vault.db, input.number);
    const revision = input.label ? requireRevisionByLabel(ctx.vault.db, document, input.label) : undefined;
    return signatureRows(ctx.vault.db, revision ? { revisionId: revision.id } : { documentId: document.id }).map(toSignature);
  },
  'signatures.verify': (ctx, input) => checkSignatures(ctx.vault.db, input.number ? requireDocumentRow(ctx.vault.db, input.number).id : undefined),
};
