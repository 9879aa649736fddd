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

interface PoolWorker {
  worker: Worker;
  current: { job: ImportFileJob; settle: (outcome: ImportFileOutcome) => void; timer: NodeJS.Timeout } | null;
}

/** As many workers as cores (the writing thread mostly waits for them), and never more than four. */
export function defaultImportWorkerCount(): number {
  return Math.max(1, Math.min(4, os.availableParallelism()));
}

/**
 * A fixed set of long-lived worker threads preparing import files one at a time each, so pdf.js is loaded
 * once per worker. A file that passes the time or heap limit costs its worker, which is replaced; the file
 * is reported as failed and the import goes on. `close` ends every worker.
 */
export class ImportWorkerPool {
  private readonly workers: PoolWorker[] = [];
  private readonly queue: { job: ImportFileJob; settle: (outcome: ImportFileOutcome) => void }[] = [];
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
    const worker = new Worker(entry.url, { execArgv: entry.execArgv, resourceLimits: { maxOldGenerationSizeMb: this.limits.maxHeapMb }, stdout: false, stderr: false });
    const slot: PoolWorker = { worker, current: null };
    worker.on('message', (outcome: ImportFileOutcome) => this.finish(slot, outcome));
    worker.on('error', (error: Error & { code?: string }) =>
      this.replace(slot, error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? `reading it needed more than ${this.limits.maxHeapMb} MB of memory` : error.message),
    );
    worker.on('exit', () => this.replace(slot, 'the file reader stopped'));
    return slot;
  }

  private finish(slot: PoolWorker, outcome: ImportFileOutcome): void {
    const current = slot.current;
    if (!current) return;
    clearTimeout(current.timer);
    slot.current = null;
    current.settle(outcome);
    this.dispatch();
  }

  /** The worker failed or was stopped at a limit: its file is reported, and a fresh worker takes its place. */
  private replace(slot: PoolWorker, why: string): void {
    const index = this.workers.indexOf(slot);
    if (index < 0) return;
    const current = slot.current;
    slot.current = null;
    if (current) {
      clearTimeout(current.timer);
      current.settle({ kind: 'failed', code: 'IMPORT_FILE_TOO_COMPLEX', reason: `The file could not be read (too complex): ${why}.` });
    }
    if (this.closed) return;
    slot.worker.removeAllListeners();
    void slot.worker.terminate();
    this.workers[index] = this.startWorker();
    this.dispatch();
  }

  private dispatch(): void {
    for (const slot of this.workers) {
      if (slot.current) continue;
      const next = this.queue.shift();
      if (!next) return;
      const timer = setTimeout(() => this.replace(slot, `it took longer than ${this.limits.timeLimitMs / 1000} s`), this.limits.timeLimitMs);
      slot.current = { ...next, timer };
      slot.worker.postMessage(next.job);
    }
  }
}
