import type { DocumentDetail, DocumentRecord, Revision } from '../../../shared/contract';
import { documentActNames, documentActs, revisionActNames, revisionActs, type ActCondition, type DocumentAct, type RevisionAct } from '../../../shared/lifecycle';
import { rolesAllow } from '../../../shared/roles';
import type { CallContext } from '../core-context';
import { pendingWithdrawals } from './pending-withdrawals';
import { documentWorkflowNotes } from './document-workflow-notes';
import { isTaskActionable, openRouteOf, routeTasks } from './route-queries';

type DocumentCondition = (typeof documentActs)[DocumentAct]['needs'][number];

function revisionConditions(ctx: CallContext, record: DocumentRecord, revision: Revision): Record<ActCondition, () => boolean> {
  const isAuthor = revision.author.username === ctx.user.username;
  return {
    documentActive: () => record.status === 'active',
    newest: () => record.revisions.at(-1)?.id === revision.id,
    authorOrController: () => isAuthor || rolesAllow(ctx.user.roles, 'documents.edit'),
    notAuthor: () => !isAuthor,
    notReleased: () => revision.effectiveDate === null,
    pendingTask: () => {
      const route = openRouteOf(ctx.vault.db, revision.id);
      if (!route) return false;
      const stage = revision.state === 'in_review' ? 'review' : 'approval';
      const tasks = routeTasks(ctx.vault.db, route.id);
      const own = tasks.find((t) => t.assignee_id === ctx.user.id && t.stage === stage);
      return own !== undefined && isTaskActionable(own, tasks, route);
    },
  };
}

function documentConditions(ctx: CallContext, record: DocumentRecord): Record<DocumentCondition, () => boolean> {
  const pending = pendingWithdrawals(ctx.vault.db, record.id)[0];
  return {
    documentActive: () => record.status === 'active',
    noPendingWithdrawal: () => !pending,
    pendingWithdrawal: () => pending !== undefined,
    notRequester: () => pending?.requestedById !== ctx.user.id,
  };
}

/**
 * The document as the caller sees it: each revision with the acts the lifecycle table allows in its
 * state, that the caller's roles permit, and whose route and authorship facts hold now. The core
 * checks each act again when it is called; this list only spares the UI from knowing the rules.
 */
export function withAvailableActs(ctx: CallContext, record: DocumentRecord): DocumentDetail {
  const permitted = (permission: Parameters<typeof rolesAllow>[1]) => rolesAllow(ctx.user.roles, permission);
  const revisions = record.revisions.map((revision) => {
    const holds = revisionConditions(ctx, record, revision);
    const acts = revisionActNames.filter((act: RevisionAct) => {
      const rule = revisionActs[act];
      return (rule.states as readonly string[]).includes(revision.state) && permitted(rule.permission) && rule.needs.every((c: ActCondition) => holds[c]());
    });
    return { ...revision, acts };
  });
  const holds = documentConditions(ctx, record);
  const acts = documentActNames.filter((act) => permitted(documentActs[act].permission) && documentActs[act].needs.every((c: DocumentCondition) => holds[c]()));
  return { ...record, revisions, acts, ...documentWorkflowNotes(ctx.vault.db, record) };
}
