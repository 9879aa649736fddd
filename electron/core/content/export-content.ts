import { createHash, randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { QuireError } from '../../../shared/errors';
import { readContentChunks } from './content-store';

/**
 * Writes stored content to a file chunk by chunk (never whole in memory), through a temporary
 * file renamed into place, and refuses to hand out bytes whose hash differs from the record.
 */
export function exportContentToFile(db: Database.Database, contentId: number, expectedSha256: string, destination: string): { path: string; size: number; sha256: string } {
  const target = path.resolve(destination);
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.part`);
  const hash = createHash('sha256');
  let size = 0;
  const fd = openSync(temp, 'wx');
  try {
    for (const chunk of readContentChunks(db, contentId)) {
      writeSync(fd, chunk);
      hash.update(chunk);
      size += chunk.length;
    }
    fsyncSync(fd);
  } catch (error) {
    closeSync(fd);
    rmSync(temp, { force: true });
    throw error;
  }
  closeSync(fd);
  const sha256 = hash.digest('hex');
  if (sha256 !== expectedSha256) {
    rmSync(temp, { force: true });
    throw new QuireError('CONTENT_MISSING', { sha256: expectedSha256 });
  }
  renameSync(temp, target);
  return { path: target, size, sha256 };
}
