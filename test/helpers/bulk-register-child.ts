// Run as a child process by the killed-process test: registers documents one after another
// through the real core and prints each number only once the core has acknowledged it.
// Environment: QUIRE_VAULT, QUIRE_USER, QUIRE_PASSWORD, QUIRE_FOLDER (where to write the files).
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { QuireCore } from '../../electron/core/quire-core';

const env = (name: string): string => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
};

const core = QuireCore.open(env('QUIRE_VAULT'), { workstation: 'bulk-import' });
const { token } = await core.login(env('QUIRE_USER'), env('QUIRE_PASSWORD'));
for (let i = 1; i <= 100_000; i++) {
  const file = path.join(env('QUIRE_FOLDER'), `bulk-${i}.txt`);
  writeFileSync(file, `Bulk document ${i}\n`.repeat(16_384)); // ~300 KiB: each write takes a moment
  const document = await core.call(token, 'documents.register', { type: 'WI', department: 'PROD', title: `Bulk work instruction ${i}`, file: { path: file } });
  process.stdout.write(`${document.number}\n`);
}
