import { createHash } from 'node:crypto';
import { writeSync } from 'node:fs';
import { Zip, ZipDeflate } from 'fflate';

/** One file of the pack as the manifest lists it: the SHA-256 and size of its bytes before compression. */
export interface PackedFile {
  path: string;
  sha256: string;
  bytes: number;
}

export type PackContent = string | Uint8Array | Iterable<string | Uint8Array> | AsyncIterable<string | Uint8Array>;

const encoder = new TextEncoder();

/**
 * Writes a ZIP to an open file as it goes (fflate's streaming Zip with DEFLATE, each file ended before
 * the next starts, so only the chunk being compressed is in memory), hashing each file's bytes on the
 * way in for the manifest.
 */
export class PackWriter {
  readonly files: PackedFile[] = [];
  private readonly zip: Zip;
  private failure: unknown = null;
  bytesWritten = 0;

  constructor(
    private readonly fd: number,
    private readonly modifiedAt: Date,
  ) {
    this.zip = new Zip((error, chunk) => {
      if (error) this.failure ??= error;
      else if (this.failure === null) {
        try {
          writeSync(this.fd, chunk);
          this.bytesWritten += chunk.length;
        } catch (writeError) {
          this.failure = writeError;
        }
      }
    });
  }

  private check(): void {
    if (this.failure !== null) throw this.failure;
  }

  /** Adds one file from text, bytes or a (possibly async) stream of pieces; returns its manifest entry. */
  async add(path: string, content: PackContent): Promise<PackedFile> {
    if (this.files.some((f) => f.path === path)) throw new Error(`The pack already holds ${path}`);
    const entry = new ZipDeflate(path, { level: 6 });
    entry.mtime = this.modifiedAt;
    this.zip.add(entry);
    const hash = createHash('sha256');
    let bytes = 0;
    let pending: Uint8Array | null = null;
    let buffered: Uint8Array[] = [];
    let bufferedBytes = 0;
    // Small pieces (one CSV line each) are gathered into 64 KB chunks before compression.
    const flush = () => {
      if (bufferedBytes === 0) return;
      const chunk = buffered.length === 1 ? buffered[0]! : Buffer.concat(buffered, bufferedBytes);
      if (pending) entry.push(pending);
      pending = chunk;
      buffered = [];
      bufferedBytes = 0;
      this.check();
    };
    const take = (piece: string | Uint8Array) => {
      const data = typeof piece === 'string' ? encoder.encode(piece) : piece;
      hash.update(data);
      bytes += data.length;
      buffered.push(data);
      bufferedBytes += data.length;
      if (bufferedBytes >= 1 << 16) flush();
    };
    if (typeof content === 'string' || content instanceof Uint8Array) take(content);
    else if (Symbol.asyncIterator in content) for await (const piece of content) take(piece);
    else for (const piece of content) take(piece);
    flush();
    entry.push(pending ?? new Uint8Array(0), true);
    this.check();
    const file = { path, sha256: hash.digest('hex'), bytes };
    this.files.push(file);
    return file;
  }

  /** Writes the central directory; the ZIP is whole once this returns. */
  end(): void {
    this.zip.end();
    this.check();
  }
}
