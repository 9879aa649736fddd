// Run as a child process by the killed-import test: imports a folder through the real core and stops
// for good after the second batch has committed (the test's replacement for crashWindow.reached), says
// PAUSED on stdout and waits to be killed. Environment: QUIRE_VAULT, QUIRE_USER, QUIRE_PASSWORD, QUIRE_FOLDER.
import { writeSync } from 'node:fs';
import { crashWindow } from '../../electron/core/files/crash-window';
import { QuireCore } from '../../electron/core/quire-core';

const env = (name: string): string => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
};

let batches = 0;
crashWindow.reached = (point) => {
  if (point !== 'import:batch-committed' || ++batches < 2) return;
  writeSync(1, 'PAUSED\n');
  for (;;) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 60_000);
};

const core = QuireCore.open(env('QUIRE_VAULT'), { workstation: 'killed-import' });
const { token } = await core.login(env('QUIRE_USER'), env('QUIRE_PASSWORD'));
const { jobId } = await core.call(token, 'import.start', { folder: env('QUIRE_FOLDER'), type: 'WI', department: 'PRD', password: env('QUIRE_PASSWORD') });
for (;;) {
  const progress = await core.call(token, 'import.progress', { jobId });
  if (progress.report || progress.error) break;
  await new Promise((resolve) => setTimeout(resolve, 20));
}
writeSync(1, 'DONE\n');
