import { Worker } from 'node:worker_threads';
import { QuireError } from '../../../shared/errors';
import { workerScript } from '../worker-script';
import type { RevisionText } from '../text/revision-text';
import type { ComparisonJob, ComparisonJobOutcome } from './comparison-worker';
import type { ComparisonOptions, TextComparison } from '../../../shared/text-comparison';

export interface WorkerLimits {
  /** Wall-clock limit for the whole comparison, worker start included. */
  timeLimitMs: number;
  /** Heap of the worker; a comparison that needs more fails instead of starving the core host. */
  maxHeapMb: number;
}

const defaultWorkerLimits: WorkerLimits = { timeLimitMs: 60_000, maxHeapMb: 2048 };

/**
 * Runs compareRevisionTexts on a worker thread, off the thread that serves the UI. Resolves with the
 * comparison, or rejects with QuireError COMPARISON_TIMED_OUT (the worker is terminated at the time limit)
 * or COMPARISON_FAILED; never leaves a worker running.
 */
export function compareInWorker(a: RevisionText, b: RevisionText, options: ComparisonOptions, limits: Partial<WorkerLimits> = {}): Promise<TextComparison> {
  const { timeLimitMs, maxHeapMb } = { ...defaultWorkerLimits, ...limits };
  const job: ComparisonJob = { a, b, options };
  const entry = workerScript(import.meta.url, 'comparison-worker');
  const worker = new Worker(entry.url, {
    workerData: job,
    execArgv: entry.execArgv,
    resourceLimits: { maxOldGenerationSizeMb: maxHeapMb },
    stdout: false,
    stderr: false,
  });
  return new Promise<TextComparison>((resolve, reject) => {
    let settled = false;
    const settle = (finish: () => void): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      finish();
    };
    const timer = setTimeout(
      () => settle(() => reject(new QuireError('COMPARISON_TIMED_OUT', { timeLimitMs }))),
      timeLimitMs,
    );
    worker.once('message', (outcome: ComparisonJobOutcome) =>
      settle(() => (outcome.ok ? resolve(outcome.comparison) : reject(new QuireError('COMPARISON_FAILED', {}, { cause: outcome.message })))),
    );
    worker.once('error', (error) => settle(() => reject(new QuireError('COMPARISON_FAILED', {}, { cause: error.message }))));
    worker.once('exit', (code) => settle(() => reject(new QuireError('COMPARISON_FAILED', {}, { cause: `The comparison worker stopped (exit code ${code}).` }))));
  });
}
