import { expect } from 'vitest';
import type { ImportReport } from '../../shared/contract';
import { userPassword, type TestVault } from './temp-vault';

/** Starts an import through the core as the app does (the controller's password attests it) and polls until its report. */
export async function importAndWait(t: TestVault, token: string, input: { folder: string; metadata?: string }): Promise<ImportReport> {
  const { jobId } = await t.core.call(token, 'import.start', { ...input, password: userPassword });
  for (;;) {
    const progress = await t.core.call(token, 'import.progress', { jobId });
    expect(progress.error).toBeNull();
    if (progress.report) return progress.report;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
