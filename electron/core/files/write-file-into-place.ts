import { randomBytes } from 'node:crypto';
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Writes bytes to `destination` through a temporary file beside it, renamed into place: a failed write never
 * leaves a half-written file behind. Returns the absolute path written.
 */
export function writeFileIntoPlace(destination: string, bytes: Uint8Array): string {
  const target = path.resolve(destination);
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.part`);
  try {
    writeFileSync(temp, bytes, { flag: 'wx' });
    renameSync(temp, target);
  } finally {
    rmSync(temp, { force: true });
  }
  return target;
}
