// Entry of the worker thread that compares revisions, so that a long comparison never blocks the
// thread that serves the UI. Started only by compareInWorker.
import { parentPort, workerData } from 'node:worker_threads';
import type { RevisionText } from '../text/revision-text';
import { compareRevisionTexts } from './compare-revision-texts';
import type { ComparisonOptions } from '../../../shared/text-comparison';

export interface ComparisonJob {
  a: RevisionText;
  b: RevisionText;
  options: ComparisonOptions;
}

export type ComparisonJobOutcome = { ok: true; comparison: ReturnType<typeof compareRevisionTexts> } | { ok: false; message: string };

const job = workerData as ComparisonJob;
let outcome: ComparisonJobOutcome;
try {
  outcome = { ok: true, comparison: compareRevisionTexts(job.a, job.b, job.options) };
} catch (error) {
  outcome = { ok: false, message: error instanceof Error ? error.message : String(error) };
}
parentPort?.postMessage(outcome);
