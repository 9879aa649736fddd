import { randomBytes } from 'node:crypto';
import { closeSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import { QuireError } from '../../../shared/errors';
import { fileSystemProblem } from '../prints/write-print-file';

/**
 * Writes a report through a hidden file beside the destination, renamed into place once whole, so a
 * failed export leaves nothing; a destination that cannot be written is EXPORT_DESTINATION_UNWRITABLE.
 */
export function writeExportFile(destination: string, bytes: Uint8Array): { path: string; bytes: number } {
  const target = path.resolve(destination);
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.part`);
  try {
    const fd = openSync(temp, 'wx', 0o600);
    try {
      writeSync(fd, bytes);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, target);
  } catch (error) {
    rmSync(temp, { force: true });
    const code = (error as NodeJS.ErrnoException).code;
    throw new QuireError('EXPORT_DESTINATION_UNWRITABLE', { path: target, folder: path.dirname(target), problem: fileSystemProblem(code) }, { code, cause: (error as Error).message });
  }
  return { path: target, bytes: bytes.length };
}
