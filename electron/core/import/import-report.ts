import type { ImportReport, ImportProgress } from '../../../shared/contract/import-methods';

/** An empty report for an import of `folder`, filled in as the run goes. */
export function emptyImportReport(dryRun: boolean, folder: string, sheet: string | null): ImportReport {
  return {
    dryRun,
    folder,
    sheet,
    finished: false,
    documents: [],
    alreadyImported: [],
    unreadable: [],
    duplicates: [],
    clashes: [],
    rowsWithoutFile: [],
    filesWithoutRow: [],
    skipped: [],
    totals: { files: 0, bytes: 0, documents: 0, revisions: 0 },
  };
}

/** Where a run stands, for a progress line or bar: counts so far and the rate. */
export type ImportCounters = Omit<ImportProgress, 'jobId' | 'report' | 'error'>;
