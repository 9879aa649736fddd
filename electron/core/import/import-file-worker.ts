// Entry of a bulk-import worker thread: prepares one file at a time for as long as the import runs, so
// pdf.js, pdf-lib and mammoth are loaded once per worker, not once per file. Started by ImportWorkerPool.
import { statSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { prepareImportFile, type ImportFileJob } from './prepare-import-file';

// The pool posts a few jobs ahead; they are prepared one after the other and answered in the order posted.
let previous: Promise<void> = Promise.resolve();

parentPort?.on('message', (job: ImportFileJob) => {
  previous = previous.then(async () => {
    let size = 0;
    try {
      size = statSync(job.path).size;
    } catch {
      // prepareImport names the missing or unreadable file.
    }
    parentPort?.postMessage(await prepareImportFile(job, size));
  });
});
