import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { workerScript } from '../worker-script';
import type { ImportFileJob, ImportFileOutcome } from './prepare-import-file';

export interface ImportWorkerLimits {
  /** Per file: a file that takes longer ends its worker (a fresh one takes over). */
  timeLimitMs: number;
  /** Heap of each worker. */
  maxHeapMb: number;
}

interface QueuedJob {
  job: ImportFileJob;
  settle: (outcome: ImportFileOutcome) => void;
}

interface PoolWorker {
  worker: Worker;
  /** Jobs posted to this worker, in the order it prepares them (one at a time); the first is being read. */
  posted: QueuedJob[];
  /** The time limit of the first posted job. */
  timer: NodeJS.Timeout | null;
}

// Jobs posted to a worker ahead of its answers. The writing thread is busy in a synchronous transaction
// for a whole batch and cannot hand out work meanwhile: a worker given only one file would read it and
// then sit idle until the batch is written. With a few queued it reads on while the batch is written.
const postedPerWorker = 8;

// Reading a file makes much short-lived garbage (pdf.js objects, decoded text, its JSON): a larger young
// generation collects it less often. Measured on 500 PDFs and 500 texts: a fifth less CPU than V8's default.
const youngGenerationMb = 32;

/** As many workers as cores (the writing thread mostly waits for them), and never more than four. */
export function defaultImportWorkerCount(): number {
  return Math.max(1, Math.min(4, os.availableParallelism()));
}

/**
 * A fixed set of long-lived worker threads preparing import files one at a time each (a few posted ahead),
 * so pdf.js is loaded once per worker. A file that passes the time or heap limit costs its worker, which is replaced; the file
 * is reported as failed and the import goes on. `close` ends every worker.
 */
export class ImportWorkerPool {
  private readonly workers: PoolWorker[] = [];
  private readonly queue: QueuedJob[] = [];
  private closed = false;

  constructor(
    size = defaultImportWorkerCount(),
    private readonly limits: ImportWorkerLimits = { timeLimitMs: 60_000, maxHeapMb: 768 },
  ) {
    for (let i = 0; i < size; i++) this.workers.push(this.startWorker());
  }

  /** Prepares one file on the next free worker. */
  run(job: ImportFileJob): Promise<ImportFileOutcome> {
    return new Promise((settle) => {
      this.queue.push({ job, settle });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const pending of this.queue.splice(0)) pending.settle({ kind: 'failed', code: 'IMPORT_CANCELLED', reason: 'the import stopped before this file was read' });
    await Promise.all(this.workers.map((w) => w.worker.terminate()));
  }

  private startWorker(): PoolWorker {
    const entry = workerScript(import.meta.url, 'import-file-worker');
    const worker = new Worker(entry.url, { execArgv: entry.execArgv, resourceLimits: { maxOldGenerationSizeMb: this.limits.maxHeapMb, maxYoungGenerationSizeMb: youngGenerationMb }, stdout: false, stderr: false });
    const slot: PoolWorker = { worker, posted: [], timer: null };
    worker.on('message', (outcome: ImportFileOutcome) => this.finish(slot, outcome));
    worker.on('error', (error: Error & { code?: string }) =>
      this.replace(slot, error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? `reading it needed more than ${this.limits.maxHeapMb} MB of memory` : error.message),
    );
    worker.on('exit', () => this.replace(slot, 'the file reader stopped'));
    return slot;
  }

  private finish(slot: PoolWorker, outcome: ImportFileOutcome): void {
    const current = slot.posted.shift();
    if (!current) return;
    this.clearTimer(slot);
    current.settle(outcome);
    this.startTimer(slot);
    this.dispatch();
  }

  /** The time limit runs for the job a worker is reading: its first posted one. */
  private startTimer(slot: PoolWorker): void {
    if (slot.posted.length > 0) slot.timer = setTimeout(() => this.replace(slot, `it took longer than ${this.limits.timeLimitMs / 1000} s`), this.limits.timeLimitMs);
  }

  private clearTimer(slot: PoolWorker): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
  }

  /** The worker failed or was stopped at a limit: its file is reported, and a fresh worker takes its place. */
  private replace(slot: PoolWorker, why: string): void {
    const index = this.workers.indexOf(slot);
    if (index < 0) return;
    this.clearTimer(slot);
    const [current, ...waiting] = slot.posted.splice(0);
    // The files queued behind the one that failed were not read: they go back to the front of the queue.
    this.queue.unshift(...waiting);
    if (current) current.settle({ kind: 'failed', code: 'IMPORT_FILE_TOO_COMPLEX', reason: `The file could not be read (too complex): ${why}.` });
    if (this.closed) {
      for (const pending of this.queue.splice(0)) pending.settle({ kind: 'failed', code: 'IMPORT_CANCELLED', reason: 'the import stopped before this file was read' });
      return;
    }
    slot.worker.removeAllListeners();
    void slot.worker.terminate();
    this.workers[index] = this.startWorker();
    this.dispatch();
  }

  /** Posts queued jobs to the least busy workers, up to `postedPerWorker` each. */
  private dispatch(): void {
    while (this.queue.length > 0) {
      const slot = this.workers.reduce((a, b) => (b.posted.length < a.posted.length ? b : a));
      if (slot.posted.length >= postedPerWorker) return;
      const next = this.queue.shift()!;
      slot.posted.push(next);
      if (slot.posted.length === 1) this.startTimer(slot);
      slot.worker.postMessage(next.job);
    }
  }
}
