import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { isQuireError } from '../../../shared/errors';
import { prepareImport, type PreparedImport } from '../content/prepare-import';
import { extractRevisionText } from '../text/extract-revision-text';
import { hashFile } from '../content/hash-file';
import { serializeContentText } from '../text/content-text-store';

/** One file for an import worker: check, hash, and (unless planning) read its text. */
export interface ImportFileJob {
  path: string;
  maxContentBytes: number;
  /** A dry run checks and hashes but reads no text. */
  extractText: boolean;
  /** The SHA-256 this very path had when an earlier import stored it: the same again means nothing to do. */
  knownSha256: string[];
}

export type ImportFileOutcome =
  | { kind: 'prepared'; prepared: PreparedImport }
  | { kind: 'already-imported'; sha256: string }
  | { kind: 'failed'; code: string; reason: string };

const notReadInPlan = async () => ({ status: 'failed' as const, reason: 'not read in a dry run' });

async function sha256Of(file: string, size: number): Promise<string> {
  if (size > 16 * 1024 * 1024) return (await hashFile(file)).sha256;
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

/**
 * Prepares one file of a bulk import in the calling (worker) thread: a file whose path and SHA-256 an
 * earlier import recorded is only hashed; any other is checked, hashed and its text read with pdf.js
 * and mammoth loaded once per worker. Never throws: a refusal comes back as the error it raised.
 */
export async function prepareImportFile(job: ImportFileJob, size: number): Promise<ImportFileOutcome> {
  try {
    if (job.knownSha256.length > 0) {
      const sha256 = await sha256Of(job.path, size);
      if (job.knownSha256.includes(sha256)) return { kind: 'already-imported', sha256 };
    }
    const prepared = await prepareImport(job.path, job.maxContentBytes, job.extractText ? extractRevisionText : notReadInPlan);
    // Serialized and hashed here, on the worker, so the writing thread only stores the row.
    return { kind: 'prepared', prepared: job.extractText ? { ...prepared, serializedText: serializeContentText(prepared.text) } : prepared };
  } catch (error) {
    return { kind: 'failed', code: isQuireError(error) ? error.code : 'INTERNAL', reason: (error as Error).message };
  }
}
