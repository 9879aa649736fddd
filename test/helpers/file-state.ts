import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

export interface FileState {
  sha256: string;
  size: number;
  mtimeMs: number;
  /** Names in the same folder, so stray -wal/-shm/-journal files are noticed too. */
  folder: string[];
}

/** What a file looks like now: its bytes' hash, size, modification time and its folder's listing. */
export function fileState(file: string): FileState {
  const stats = statSync(file);
  return {
    sha256: createHash('sha256').update(readFileSync(file)).digest('hex'),
    size: stats.size,
    mtimeMs: stats.mtimeMs,
    folder: readdirSync(path.dirname(file)).sort(),
  };
}
