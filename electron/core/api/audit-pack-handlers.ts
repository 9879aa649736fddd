import { changeDocumentClauses, documentClauses } from '../standards/document-clauses';
import { runGapAnalysis } from '../standards/run-gap-analysis';
import { loadStandards } from '../standards/standards';
import { auditPackProgress, cancelAuditPack, startAuditPack } from '../audit-pack/audit-pack-jobs';
import type { HandlerTable } from './handler-table';

export const auditPackHandlers: HandlerTable<'standards.list' | 'documents.clauses' | 'documents.setClauses' | 'gapAnalysis.run' | 'auditPack.start' | 'auditPack.progress' | 'auditPack.cancel'> = {
  'standards.list': () => loadStandards(),
  'documents.clauses': (ctx, input) => documentClauses(ctx, input),
  'documents.setClauses': (ctx, input) => changeDocumentClauses(ctx, input),
  'gapAnalysis.run': (ctx, input) => runGapAnalysis(ctx, input),
  'auditPack.start': (ctx, input) => startAuditPack(ctx, input),
  'auditPack.progress': (ctx, input) => auditPackProgress(ctx, input.jobId),
  'auditPack.cancel': (ctx, input) => cancelAuditPack(ctx, input.jobId),
};
