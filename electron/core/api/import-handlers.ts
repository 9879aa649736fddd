import { cancelImport, importProgress, planImportReport, startImport } from '../import/import-jobs';
import type { HandlerTable } from './handler-table';

export const importHandlers: HandlerTable<'import.plan' | 'import.start' | 'import.progress' | 'import.cancel'> = {
  'import.plan': (ctx, input) => planImportReport(ctx, input),
  'import.start': (ctx, input) => startImport(ctx, input),
  'import.progress': (ctx, input) => importProgress(ctx, input.jobId),
  'import.cancel': (ctx, input) => cancelImport(ctx, input.jobId),
};
