// Entry of a bulk-import worker thread: prepares the files posted to it for as long as the import runs, so
// pdf.js, pdf-lib and mammoth are loaded once per worker, not once per file. Started by ImportWorkerPool.
import { statSync } from 'node:fs';
import module from 'node:module';
import { parentPort } from 'node:worker_threads';
import { prepareImportFile, type ImportFileJob, type ImportFileOutcome } from './prepare-import-file';

// The pool posts a few jobs ahead; they are prepared one after the other and answered in the order posted,
// so a file that passes the time limit is the one being prepared (the pool blames the first posted).
let previous: Promise<void> = Promise.resolve();

// A worker is a Node.js instance of its own: the compile cache the command enabled does not reach it. With
// it, pdf.js and pdf-lib (loaded at the first PDF) are not compiled again by every worker of every import.
module.enableCompileCache?.();

async function prepare(job: ImportFileJob): Promise<ImportFileOutcome> {
  let size = 0;
  try {
    size = statSync(job.path).size;
  } catch {
    // prepareImport names the missing or unreadable file.
  }
  return prepareImportFile(job, size);
}

parentPort?.on('message', (job: ImportFileJob) => {
  previous = previous.then(async () => {
    const outcome = await prepare(job);
    // The file's bytes move to the writing thread rather than being copied, when they own their buffer.
    const bytes = outcome.kind === 'prepared' ? outcome.prepared.bytes : null;
    const movable = bytes && bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer;
    parentPort?.postMessage(outcome, movable ? [bytes.buffer] : []);
  });
});
