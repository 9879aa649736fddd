import { changeDocumentClauses, documentClauses } from '../standards/document-clauses';
import { runGapAnalysis } from '../standards/run-gap-analysis';
import { loadStandards } from '../standards/standards';
import type { HandlerTable } from './handler-table';

// The pack's writer brings pdf-lib, the fonts and fflate: loaded when a pack is asked for, not by every command.
const packJobs = () => import('../audit-pack/audit-pack-jobs');

export const auditPackHandlers: HandlerTable<'standards.list' | 'documents.clauses' | 'documents.setClauses' | 'gapAnalysis.run' | 'auditPack.start' | 'auditPack.progress' | 'auditPack.cancel'> = {
  'standards.list': () => loadStandards(),
  'documents.clauses': (ctx, input) => documentClauses(ctx, input),
  'documents.setClauses': (ctx, input) => changeDocumentClauses(ctx, input),
  'gapAnalysis.run': (ctx, input) => runGapAnalysis(ctx, input),
  'auditPack.start': async (ctx, input) => (await packJobs()).startAuditPack(ctx, input),
  'auditPack.progress': async (ctx, input) => (await packJobs()).auditPackProgress(ctx, input.jobId),
  'auditPack.cancel': async (ctx, input) => (await packJobs()).cancelAuditPack(ctx, input.jobId),
};
