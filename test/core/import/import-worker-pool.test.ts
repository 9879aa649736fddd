import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ImportWorkerPool } from '../../../electron/core/import/import-worker-pool';
import type { ImportFileOutcome } from '../../../electron/core/import/prepare-import-file';
import { tempFolder } from '../../helpers/temp-vault';

// The pool posts several files to each worker ahead of its answers, so workers read on while the writing
// thread is busy in a batch's transaction. Every answer must still come back for its own file, exactly
// once, and files queued behind one that costs its worker must be read by the next worker, not lost.
describe('the import worker pool', () => {
  const folder = tempFolder('quire-pool-');
  afterAll(() => folder.cleanup());
  const files = Array.from({ length: 40 }, (_, i) => {
    const file = path.join(folder.dir, `instruction ${i}.txt`);
    const text = `Work instruction ${i}.\n${'Check the seal. '.repeat(i * 50)}\n`;
    writeFileSync(file, text);
    return { file, sha256: createHash('sha256').update(text).digest('hex') };
  });
  const job = (file: string) => ({ path: file, maxContentBytes: 1024 ** 3, extractText: true, knownSha256: [] });

  it('answers every file with its own content when many are posted to each worker at once', async () => {
    const pool = new ImportWorkerPool(2);
    try {
      const outcomes = await Promise.all(files.map((f) => pool.run(job(f.file))));
      expect(outcomes.map((o) => (o.kind === 'prepared' ? [o.prepared.path, o.prepared.sha256] : o))).toEqual(files.map((f) => [f.file, f.sha256]));
    } finally {
      await pool.close();
    }
  }, 60_000);

  it('settles each file once when workers are replaced at the time limit, those queued behind included', async () => {
    // A limit no worker can meet: every file costs its worker, and the files behind it go to the next one.
    const pool = new ImportWorkerPool(2, { timeLimitMs: 1, maxHeapMb: 256 });
    const settled: ImportFileOutcome[] = [];
    try {
      await Promise.all(files.slice(0, 12).map((f) => pool.run(job(f.file)).then((o) => settled.push(o))));
    } finally {
      await pool.close();
    }
    expect(settled).toHaveLength(12);
    expect(settled.every((o) => o.kind === 'failed' && o.code === 'IMPORT_FILE_TOO_COMPLEX')).toBe(true);
  }, 120_000);
});
