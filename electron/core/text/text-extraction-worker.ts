// Entry of the worker thread that extracts a revision's text, so that a hostile file (deeply nested
// PDF operators, a ZIP that inflates to gigabytes) costs a bounded worker, never the host's thread.
// Started only by extractTextInWorker.
import { parentPort, workerData } from 'node:worker_threads';
import { extractRevisionText } from './extract-revision-text';

export interface TextExtractionJob {
  bytes: Uint8Array;
  mediaType: string;
}

const job = workerData as TextExtractionJob;
parentPort?.postMessage(await extractRevisionText(job.bytes, job.mediaType));
