import { labelOf, requireDocumentRow, revisionRows } from '../documents/document-queries';
import { controlledCopyRows, toControlledCopy } from '../prints/copy-register';
import { printRevision } from '../prints/print-revision';
import { recallCopy } from '../prints/recall-copy';
import { verifyPrint } from '../prints/verify-print';
import { listPrintability } from '../prints/revision-printability';
import { revisionVisibility } from '../documents/revision-access';
import type { HandlerTable } from './handler-table';

export const printHandlers: HandlerTable<'prints.print' | 'prints.printability' | 'prints.verify' | 'copies.list' | 'copies.dueForRecall' | 'copies.recall'> = {
  'prints.print': (ctx, input) => printRevision(ctx, input),
  'prints.printability': (ctx, input) => listPrintability(ctx.vault.db, input.number, revisionVisibility(ctx.vault.db, ctx.user)),
  'prints.verify': (ctx, input) => verifyPrint(ctx.vault.db, input.code),
  'copies.list': (ctx, input) => controlledCopyRows(ctx.vault.db, { documentId: requireDocumentRow(ctx.vault.db, input.number).id }).map(toControlledCopy),
  'copies.dueForRecall': (ctx) =>
    controlledCopyRows(ctx.vault.db, { status: 'due_for_recall' }).map((row) => {
      const effective = revisionRows(ctx.vault.db, row.document_id).findLast((r) => r.state === 'effective');
      return { ...toControlledCopy(row), effectiveRevision: effective ? labelOf(effective) : null };
    }),
  'copies.recall': (ctx, input) => recallCopy(ctx, input),
};
