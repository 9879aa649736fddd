import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractTextInWorker } from '../../../electron/core/text/extract-text-in-worker';
import { deeplyNestedPdf } from '../../helpers/hostile-pdf';
import { createTestVault, type TestVault } from '../../helpers/temp-vault';

// A hostile file costs a bounded worker, never the host: the import goes on, the text is marked not
// extracted, and the thread that answers the user keeps answering meanwhile.
describe('text extraction of hostile content', () => {
  let t: TestVault;
  beforeAll(async () => {
    t = await createTestVault();
  });
  afterAll(() => t.cleanup());

  it('a PDF with 100,000 nested q operators is marked not extracted (too complex) at the time limit, and the host thread stays responsive', async () => {
    const bytes = await deeplyNestedPdf();
    let worstLagMs = 0;
    let last = performance.now();
    const ticker = setInterval(() => {
      const now = performance.now();
      worstLagMs = Math.max(worstLagMs, now - last - 50);
      last = now;
    }, 50);
    const started = performance.now();
    const result = await extractTextInWorker(bytes, 'application/pdf', { timeLimitMs: 5_000 });
    const elapsed = performance.now() - started;
    clearInterval(ticker);
    console.log(`nested-q PDF (${bytes.byteLength} bytes): ${JSON.stringify(result).slice(0, 160)} after ${elapsed.toFixed(0)} ms; worst host-thread lag ${worstLagMs.toFixed(0)} ms`);
    if (result.status === 'failed') expect(result.reason).toMatch(/too complex|could not be read/);
    expect(elapsed).toBeLessThan(15_000);
    expect(worstLagMs).toBeLessThan(1_000);
  });

  it('an ordinary file is extracted through the worker as before', async () => {
    await expect(extractTextInWorker(Buffer.from('Clear the line.\n'), 'text/plain')).resolves.toMatchObject({ status: 'ok', pages: [expect.stringContaining('Clear the line.')] });
  });
});
