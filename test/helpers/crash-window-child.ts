// Run as a child process by the crash-window tests: prints or backs up through the real core and
// stops at one crash window (the test's replacement for crashWindow.reached), says PAUSED on stdout
// and waits there to be killed. Environment: QUIRE_VAULT, QUIRE_USER, QUIRE_PASSWORD, QUIRE_ACTION
// ('print' or 'backup'), QUIRE_NUMBER (for a print), QUIRE_DESTINATION, QUIRE_PAUSE_AT.
import { writeSync } from 'node:fs';
import { crashWindow } from '../../electron/core/files/crash-window';
import { QuireCore } from '../../electron/core/quire-core';

const env = (name: string): string => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
};

const pauseAt = env('QUIRE_PAUSE_AT');
crashWindow.reached = (point) => {
  if (point !== pauseAt) return;
  writeSync(1, 'PAUSED\n');
  // Blocks this thread for good, as a process stuck or killed at this instant would be.
  for (;;) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 60_000);
};

const core = QuireCore.open(env('QUIRE_VAULT'), { workstation: 'crash-window' });
const { token } = await core.login(env('QUIRE_USER'), env('QUIRE_PASSWORD'));
if (env('QUIRE_ACTION') === 'print') {
  await core.call(token, 'prints.print', { number: env('QUIRE_NUMBER'), mode: 'controlled', copyholder: 'Line 1', destination: env('QUIRE_DESTINATION') });
} else {
  await core.call(token, 'vault.backup', { destination: env('QUIRE_DESTINATION') });
}
writeSync(1, 'DONE\n');
