import { createHash, randomBytes } from 'node:crypto';
import { closeSync, createReadStream, openSync, writeSync } from 'node:fs';

const mebibyte = 1024 * 1024;

/**
 * Writes a file of `mebibytes` MiB without holding it in memory: one random MiB repeated, each
 * copy stamped with its index so that no two MiB are alike. Returns the SHA-256 of what it wrote.
 */
export function writeLargeFile(file: string, mebibytes: number): string {
  const block = randomBytes(mebibyte);
  const hash = createHash('sha256');
  const fd = openSync(file, 'w');
  try {
    for (let i = 0; i < mebibytes; i++) {
      block.writeUInt32BE(i, 0);
      hash.update(block);
      writeSync(fd, block);
    }
  } finally {
    closeSync(fd);
  }
  return hash.digest('hex');
}

/** SHA-256 of a file, streamed. */
export async function sha256OfFile(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file, { highWaterMark: mebibyte })) hash.update(chunk as Buffer);
  return hash.digest('hex');
}
