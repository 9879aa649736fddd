import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestVault, type TestVault } from '../../helpers/temp-vault';
import { docxWithLyingSizes } from '../../helpers/lying-docx';

/** Samples this process's resident memory while the work runs (the extraction worker is a thread of it). */
async function peakExtraMemory<T>(work: () => Promise<T>): Promise<{ result: T; extraMiB: number }> {
  const before = process.memoryUsage().rss;
  let peak = before;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 10);
  try {
    const result = await work();
    return { result, extraMiB: (Math.max(peak, process.memoryUsage().rss) - before) / 1024 ** 2 };
  } finally {
    clearInterval(sampler);
  }
}

// Finding 8: a DOCX is a ZIP, and its headers may lie about how much each part inflates to. The
// reader counts the bytes it really inflates and stops at its limit, so the import goes on with the
// text marked not extracted, and the host's memory stays where it was.
describe('a DOCX whose ZIP headers declare false sizes', () => {
  let t: TestVault;
  let file: string;
  let author: string;
  beforeAll(async () => {
    t = await createTestVault();
    author = await t.addSignedInUser('amy', 'Amy Author', ['author']);
    const bytes = await docxWithLyingSizes(1024);
    file = t.file('bomb.docx', bytes);
    console.log(`lying DOCX: ${(bytes.length / 1024 ** 2).toFixed(2)} MiB on disk, document.xml inflates to 1 GiB, its headers say 1 KiB`);
  });
  afterAll(() => t.cleanup());

  it('is registered with its text marked not extracted (too large), without taking 200 MB of extra memory', async () => {
    global.gc?.();
    const { result: doc, extraMiB } = await peakExtraMemory(() =>
      t.core.call(author, 'documents.register', { type: 'SOP', department: 'QA', title: 'Supplier form with lying sizes', file: { path: file } }),
    );
    console.log(`registering it took ${extraMiB.toFixed(0)} MiB of extra memory at its peak`);
    expect(extraMiB).toBeLessThan(200);
    const text = t.core.vault.db.prepare('SELECT t.status, t.failure_reason FROM content_texts t JOIN revisions r ON r.content_id = t.content_id JOIN documents d ON d.id = r.document_id WHERE d.number = ?').get(doc.number) as { status: string; failure_reason: string };
    expect(text).toEqual({ status: 'failed', failure_reason: expect.stringMatching(/^not extracted \(too large\): .*inflate/) });
  });
});
