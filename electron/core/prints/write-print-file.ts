import { createHash } from 'node:crypto';
import { closeSync, fsyncSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import path from 'node:path';
import { QuireError } from '../../../shared/errors';
import { stagedPathFor } from '../files/staged-file';

/** A print written beside its destination, checked, and waiting to be renamed into place. */
export interface StagedPrint {
  target: string;
  temp: string;
  sha256: string;
}

/**
 * Writes print bytes to a hidden temporary file in the destination folder (so the final rename is
 * atomic on the same file system), flushes it, and reads it back: the file must be byte-identical to
 * the bytes the engine parsed and page-counted. On any failure nothing is left behind. The temporary
 * name carries the print's verification code, so a crashed print's file can be matched to its record.
 */
export function stagePrintFile(destination: string, bytes: Uint8Array, verificationCode: string): StagedPrint {
  const target = path.resolve(destination);
  // The rename into place comes after the print is recorded: refuse now what it could not replace.
  if (statSync(target, { throwIfNoEntry: false })?.isDirectory()) throw unwritable(target, Object.assign(new Error(`${target} is a folder`), { code: 'EISDIR' }));
  const temp = stagedPathFor(target, 'print', verificationCode);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  let fd: number;
  try {
    fd = openSync(temp, 'wx');
  } catch (error) {
    throw unwritable(target, error);
  }
  try {
    try {
      writeSync(fd, bytes);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    const written = createHash('sha256').update(readFileSync(temp)).digest('hex');
    if (written !== sha256) throw new QuireError('PDF_PRINT_FAILED', { path: target });
  } catch (error) {
    rmSync(temp, { force: true });
    throw error instanceof QuireError ? error : unwritable(target, error);
  }
  return { target, temp, sha256 };
}

function unwritable(target: string, error: unknown): QuireError {
  const code = (error as NodeJS.ErrnoException).code;
  return new QuireError('PRINT_DESTINATION_UNWRITABLE', { path: target, folder: path.dirname(target), problem: fileSystemProblem(code) }, { code, cause: (error as Error).message });
}

/** What a file system refusal means for the user: a missing folder, no right to write, or something else. */
export function fileSystemProblem(code: string | undefined): 'no-folder' | 'not-allowed' | 'folder-in-way' | 'other' {
  if (code === 'ENOENT' || code === 'ENOTDIR') return 'no-folder';
  if (code === 'EISDIR') return 'folder-in-way';
  return code === 'EACCES' || code === 'EPERM' || code === 'EROFS' ? 'not-allowed' : 'other';
}
