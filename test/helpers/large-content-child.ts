// Run as a child process by the large-content test, so that its peak memory is measured alone:
// registers one (large) file through the real core, exports it again, and prints one JSON line.
// Environment: QUIRE_VAULT, QUIRE_USER, QUIRE_PASSWORD, QUIRE_FILE, QUIRE_OUT.
import { readFileSync, writeFileSync } from 'node:fs';
import { QuireCore } from '../../electron/core/quire-core';

const env = (name: string): string => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
};

/** Peak resident memory of this process since start or the last reset, in MiB (VmHWM on Linux, maxRSS elsewhere). */
function peakRssMiB(): number {
  const status = process.platform === 'linux' ? /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8')) : null;
  return (status ? Number(status[1]) : process.resourceUsage().maxRSS) / 1024;
}

/**
 * Signing in runs scrypt, which takes 128 MiB by design; reset the high-water mark afterwards
 * (Linux: clear_refs 5) so the peak measured is that of the import and export alone.
 */
function resetPeakRss(): boolean {
  try {
    writeFileSync('/proc/self/clear_refs', '5');
    return true;
  } catch {
    return false;
  }
}

const core = QuireCore.open(env('QUIRE_VAULT'));
const { token } = await core.login(env('QUIRE_USER'), env('QUIRE_PASSWORD'));
const peakAtSignIn = peakRssMiB();
const peakReset = resetPeakRss();
const rssBefore = process.memoryUsage.rss() / 1024 ** 2;
const started = Date.now();
const document = await core.call(token, 'documents.register', { type: 'DWG', department: 'ENG', title: 'Large assembly model', file: { path: env('QUIRE_FILE') } });
const imported = Date.now();
const importPeak = peakRssMiB();
resetPeakRss();
const exported = await core.call(token, 'revisions.exportContent', { number: document.number, label: 'A.1', destination: env('QUIRE_OUT') });
const done = Date.now();
core.close();
process.stdout.write(`${JSON.stringify({
  number: document.number,
  recordedSha256: document.revisions[0]!.sha256,
  exported,
  peakAtSignInMiB: peakAtSignIn,
  peakReset,
  rssBeforeMiB: rssBefore,
  importPeakMiB: importPeak,
  exportPeakMiB: peakRssMiB(),
  importSeconds: (imported - started) / 1000,
  exportSeconds: (done - imported) / 1000,
})}\n`);
