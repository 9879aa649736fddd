import { Worker } from 'node:worker_threads';
import { workerScript } from '../worker-script';
import type { TextExtractionResult } from './revision-text';
import type { TextExtractionJob } from './text-extraction-worker';

export interface TextExtractionLimits {
  /** Wall-clock limit, worker start included. */
  timeLimitMs: number;
  /** Heap of the worker: a file that needs more is not extracted, instead of exhausting the host. */
  maxHeapMb: number;
}

export const defaultTextExtractionLimits: TextExtractionLimits = { timeLimitMs: 60_000, maxHeapMb: 768 };

/**
 * extractRevisionText on a worker thread with a time and a heap limit. Never throws and never leaves
 * a worker running: at a limit the worker is terminated and the text is marked not extracted (too
 * complex), so the import still succeeds and the host stays responsive meanwhile.
 */
export function extractTextInWorker(bytes: Uint8Array, mediaType: string, limits: Partial<TextExtractionLimits> = {}): Promise<TextExtractionResult> {
  const { timeLimitMs, maxHeapMb } = { ...defaultTextExtractionLimits, ...limits };
  const entry = workerScript(import.meta.url, 'text-extraction-worker');
  const job: TextExtractionJob = { bytes, mediaType };
  const worker = new Worker(entry.url, { workerData: job, execArgv: entry.execArgv, resourceLimits: { maxOldGenerationSizeMb: maxHeapMb }, stdout: false, stderr: false });
  const tooComplex = (why: string): TextExtractionResult => ({ status: 'failed', reason: `not extracted (too complex): ${why}` });
  return new Promise<TextExtractionResult>((resolve) => {
    let settled = false;
    const settle = (result: TextExtractionResult): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      resolve(result);
    };
    const timer = setTimeout(() => settle(tooComplex(`reading its text took longer than ${timeLimitMs / 1000} s`)), timeLimitMs);
    worker.once('message', (result: TextExtractionResult) => settle(result));
    worker.once('error', (error: Error & { code?: string }) =>
      settle(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? tooComplex(`reading its text needed more than ${maxHeapMb} MB of memory`) : { status: 'failed', reason: `The text could not be read: ${error.message}` }),
    );
    worker.once('exit', (code) => settle(tooComplex(`the text reader stopped (exit code ${code})`)));
  });
}
