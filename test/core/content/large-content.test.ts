import { spawnSync } from 'node:child_process';
import { rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256OfFile, writeLargeFile } from '../../helpers/large-file';
import { createTestVault, userPassword, type TestVault } from '../../helpers/temp-vault';

// Content up to at least 1 GiB is stored in chunks and read back byte-identical, without ever
// being held whole in memory: the import and export run in a child process whose peak resident
// memory is read from the kernel afterwards.
const mebibytes = 1024;
const childScript = path.resolve(import.meta.dirname, '../../helpers/large-content-child.ts');

interface ChildReport {
  number: string;
  recordedSha256: string;
  exported: { path: string; size: number; sha256: string };
  peakAtSignInMiB: number;
  peakReset: boolean;
  rssBeforeMiB: number;
  importPeakMiB: number;
  exportPeakMiB: number;
  importSeconds: number;
  exportSeconds: number;
}

describe('a 1 GiB file', () => {
  let vault: TestVault;
  let source: string;
  let sourceSha256: string;
  let exportPath: string;
  let report: ChildReport;

  beforeAll(async () => {
    vault = await createTestVault();
    await vault.addSignedInUser('eng', 'Eng Author', ['author']);
    vault.core.close();
    source = path.join(vault.dir, 'assembly.step');
    exportPath = path.join(vault.dir, 'exported.step');
    sourceSha256 = writeLargeFile(source, mebibytes);
    const child = spawnSync(process.execPath, ['--import', 'tsx', childScript], {
      cwd: path.resolve(import.meta.dirname, '../../..'),
      env: { ...process.env, QUIRE_VAULT: vault.vaultPath, QUIRE_USER: 'eng', QUIRE_PASSWORD: userPassword, QUIRE_FILE: source, QUIRE_OUT: exportPath },
      encoding: 'utf8',
    });
    if (child.status !== 0) throw new Error(`the import child failed: ${child.stderr}`);
    report = JSON.parse(child.stdout) as ChildReport;
    console.info(`1 GiB: import ${report.importSeconds} s, export ${report.exportSeconds} s; peak RSS ${report.importPeakMiB.toFixed(0)} MiB importing, ${report.exportPeakMiB.toFixed(0)} MiB exporting (RSS ${report.rssBeforeMiB.toFixed(0)} MiB before; sign-in's scrypt peaked at ${report.peakAtSignInMiB.toFixed(0)} MiB)`);
  }, 600_000);
  afterAll(() => vault.cleanup()); // removes the source, the vault and the export: about 3 GiB

  it('is stored in chunks under the SQLite value limit and exported byte-identical', async () => {
    expect(statSync(source).size).toBe(mebibytes * 1024 * 1024);
    expect(report.recordedSha256).toBe(sourceSha256);
    expect(report.exported.size).toBe(mebibytes * 1024 * 1024);
    rmSync(source); // free the disk before hashing the export
    expect(await sha256OfFile(exportPath)).toBe(sourceSha256);
  });

  // Measured growth over the process's own baseline is flat in the file size (about 50–120 MiB for
  // 64 MiB, 256 MiB and 1 GiB alike: 1 MiB chunk buffers awaiting collection), so a quarter is a safe bound.
  it('never held the file whole in memory: peak RSS of import and of export grows by under a quarter of its size', () => {
    expect(report.peakReset || process.platform !== 'linux').toBe(true);
    expect(report.importPeakMiB - report.rssBeforeMiB).toBeLessThan(mebibytes / 4);
    expect(report.exportPeakMiB - report.rssBeforeMiB).toBeLessThan(mebibytes / 4);
  });
});
