import { randomBytes } from 'node:crypto';
import { createWriteStream, mkdirSync, mkdtempSync, realpathSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Transform } from 'node:stream';

export class StagedFileTooLarge extends Error {}

/**
 * A private folder where the loopback host keeps files the browser uploaded (and content it exports for
 * download). The untrusted page may name only paths inside it, so it can never make the core read or
 * write anywhere else on the machine.
 */
export class StagingArea {
  readonly root: string;

  constructor(parent = os.tmpdir()) {
    this.root = realpathSync(mkdtempSync(path.join(parent, 'quire-staging-')));
  }

  /** Streams the bytes into a fresh sub-folder under the file's own name; refuses more than maxBytes. */
  async stage(fileName: string, body: Readable, maxBytes: number): Promise<string> {
    const folder = this.newFolder();
    const target = path.join(folder, fileName);
    let size = 0;
    const limit = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        size += chunk.length;
        if (size > maxBytes) done(new StagedFileTooLarge(`more than ${maxBytes} bytes`));
        else done(null, chunk);
      },
    });
    try {
      await pipeline(body, limit, createWriteStream(target, { flags: 'wx', mode: 0o600 }));
    } catch (error) {
      rmSync(folder, { recursive: true, force: true });
      throw error;
    }
    return target;
  }

  /** A fresh empty folder inside the staging area, for one file. */
  newFolder(): string {
    const folder = path.join(this.root, randomBytes(12).toString('hex'));
    mkdirSync(folder, { mode: 0o700 });
    return folder;
  }

  /** True only for an existing regular path strictly inside the staging area, symlinks resolved. */
  contains(candidate: string): boolean {
    if (typeof candidate !== 'string' || !path.isAbsolute(candidate)) return false;
    const resolved = path.resolve(candidate);
    if (!resolved.startsWith(this.root + path.sep)) return false;
    try {
      return realpathSync(resolved) === resolved;
    } catch {
      return false;
    }
  }

  /** Removes a staged file together with its folder (also when the file was never written, e.g. a refused print). */
  discard(stagedPath: string): void {
    if (typeof stagedPath !== 'string' || !path.isAbsolute(stagedPath)) return;
    const folder = path.dirname(path.resolve(stagedPath));
    if (path.dirname(folder) !== this.root || !this.contains(folder)) return;
    rmSync(folder, { recursive: true, force: true });
  }

  dispose(): void {
    rmSync(this.root, { recursive: true, force: true });
  }
}
