import type { ImportProgress, ImportReport } from '../../../shared/contract/import-methods';
import { QuireError } from '../../../shared/errors';
import type { CallContext } from '../core-context';
import { toQuireError } from '../api/to-quire-error';
import type { Vault } from '../vault/open-vault';
import { unlockSigner } from '../workflow/record-signature';
import { runImport, type ImportRequest } from './run-import';
import type { ImportCounters } from './import-report';

interface ImportJob {
  id: string;
  startedAt: number;
  counters: ImportCounters;
  cancelRequested: boolean;
  report: ImportReport | null;
  error: ImportProgress['error'];
  done: Promise<void>;
}

// Per open vault: a host (app, CLI, loopback) runs at most one import into a vault at a time.
const jobsByVault = new WeakMap<Vault, { next: number; jobs: Map<string, ImportJob> }>();

function jobsOf(vault: Vault) {
  let entry = jobsByVault.get(vault);
  if (!entry) jobsByVault.set(vault, (entry = { next: 1, jobs: new Map() }));
  return entry;
}

function progressOf(job: ImportJob): ImportProgress {
  return { jobId: job.id, ...job.counters, elapsedMs: Date.now() - job.startedAt, report: job.report, error: job.error };
}

/**
 * Starts an import as a job of this vault and returns its id at once; the caller polls `importProgress`
 * and may `cancelImport`. The password is checked and the signing key unlocked before the job starts,
 * so a wrong password fails the call itself.
 */
export async function startImport(ctx: CallContext, request: ImportRequest & { password: string }): Promise<{ jobId: string }> {
  const entry = jobsOf(ctx.vault);
  if ([...entry.jobs.values()].some((j) => j.counters.phase === 'planning' || j.counters.phase === 'importing')) throw new QuireError('IMPORT_ALREADY_RUNNING');
  const signer = await unlockSigner(ctx, request.password, 'signature (import-attested)');
  const job: ImportJob = {
    id: `import-${entry.next++}`,
    startedAt: Date.now(),
    counters: { phase: 'planning', filesTotal: 0, filesDone: 0, bytesTotal: 0, bytesDone: 0, elapsedMs: 0, documentsImported: 0, revisionsImported: 0, filesFailed: 0 },
    cancelRequested: false,
    report: null,
    error: null,
    done: Promise.resolve(),
  };
  entry.jobs.set(job.id, job);
  job.done = runImport(ctx, request, { counters: job.counters, cancelled: () => job.cancelRequested, signer }).then(
    (report) => {
      job.report = report;
      job.counters.phase = report.finished ? 'finished' : 'cancelled';
    },
    (error: unknown) => {
      const failure = toQuireError(error);
      job.error = { code: failure.code, message: failure.message, params: { ...(failure.params as object) } };
      job.counters.phase = 'failed';
    },
  );
  return { jobId: job.id };
}

function requireJob(ctx: CallContext, jobId: string): ImportJob {
  const job = jobsOf(ctx.vault).jobs.get(jobId);
  if (!job) throw new QuireError('IMPORT_JOB_NOT_FOUND', { jobId });
  return job;
}

/** Where the job stands; its report once it has ended. */
export function importProgress(ctx: CallContext, jobId: string): ImportProgress {
  return progressOf(requireJob(ctx, jobId));
}

/** Asks the job to stop after the batch being written; what was written stays, every document whole. */
export function cancelImport(ctx: CallContext, jobId: string): ImportProgress {
  const job = requireJob(ctx, jobId);
  job.cancelRequested = true;
  return progressOf(job);
}

/** Resolves when the job has ended (tests and hosts that close the vault wait for it). */
export function importJobEnded(ctx: CallContext, jobId: string): Promise<void> {
  return requireJob(ctx, jobId).done;
}

/** A dry run: the plan of the import, with nothing written. */
export function planImportReport(ctx: CallContext, request: ImportRequest): Promise<ImportReport> {
  const counters: ImportCounters = { phase: 'planning', filesTotal: 0, filesDone: 0, bytesTotal: 0, bytesDone: 0, elapsedMs: 0, documentsImported: 0, revisionsImported: 0, filesFailed: 0 };
  return runImport(ctx, request, { counters, cancelled: () => false, signer: null });
}
