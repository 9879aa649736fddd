import { createHash } from 'node:crypto';
import { closeSync, openSync, readSync } from 'node:fs';
import type Database from 'better-sqlite3';
import { QuireError } from '../../../shared/errors';
import { statement } from '../vault/statements';

/** Bytes per stored chunk: SQLite caps one value near 1 GB, and small chunks keep memory flat. */
export const contentChunkSize = 1024 * 1024;

export interface StoredContent {
  contentId: number;
  sha256: string;
  size: number;
  newlyStored: boolean;
}

/**
 * Stores imported content once per SHA-256, in chunks, synchronously so it runs inside the caller's
 * transaction: from the bytes already read and hashed when there are any, else read from the file
 * again — and then, if the file changed since it was hashed, nothing is kept and the import is refused.
 */
export function storeImportedContent(db: Database.Database, content: { path: string; sha256: string; size: number; bytes: Buffer | null }, now: Date): StoredContent {
  if (content.bytes) return storeContentBytes(db, content.bytes, now, content.sha256);
  return storeChunks(db, content, now, (insertChunk) => copyFileInChunks(content.path, content, insertChunk));
}

/** Stores bytes held in memory (a small import, a rendition) once per SHA-256, in chunks; inside the caller's transaction. */
export function storeContentBytes(db: Database.Database, bytes: Uint8Array, now: Date, knownSha256?: string): StoredContent {
  const sha256 = knownSha256 ?? createHash('sha256').update(bytes).digest('hex');
  const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return storeChunks(db, { sha256, size: data.length }, now, (insertChunk) => {
    let seq = 0;
    for (let offset = 0; offset < data.length; offset += contentChunkSize) insertChunk(seq++, data.subarray(offset, offset + contentChunkSize));
    return seq;
  });
}

type ChunkSink = (seq: number, chunk: Buffer) => void;

function storeChunks(db: Database.Database, expected: { sha256: string; size: number }, now: Date, write: (insertChunk: ChunkSink) => number): StoredContent {
  const existing = statement<[string], { id: number; size: number }>(db, 'SELECT id, size FROM contents WHERE sha256 = ?').get(expected.sha256);
  if (existing) return { contentId: existing.id, sha256: expected.sha256, size: existing.size, newlyStored: false };

  const { lastInsertRowid } = statement(db, 'INSERT INTO contents (sha256, size, chunk_count, created_at) VALUES (?, ?, 0, ?)').run(
    expected.sha256,
    expected.size,
    now.toISOString(),
  );
  const contentId = Number(lastInsertRowid);
  const insert = statement(db, 'INSERT INTO content_chunks (content_id, seq, data) VALUES (?, ?, ?)');
  const chunkCount = write((seq, chunk) => insert.run(contentId, seq, chunk));
  statement(db, 'UPDATE contents SET chunk_count = ? WHERE id = ?').run(chunkCount, contentId);
  return { contentId, sha256: expected.sha256, size: expected.size, newlyStored: true };
}

/** Copies a file into chunks while hashing it again; refuses it if it is not what was hashed before. */
function copyFileInChunks(file: string, expected: { sha256: string; size: number }, insertChunk: ChunkSink): number {
  const hash = createHash('sha256');
  const buffer = Buffer.allocUnsafe(contentChunkSize);
  const fd = openSync(file, 'r');
  let size = 0;
  let seq = 0;
  try {
    for (;;) {
      let filled = 0;
      while (filled < contentChunkSize) {
        const n = readSync(fd, buffer, filled, contentChunkSize - filled, null);
        if (n === 0) break;
        filled += n;
      }
      if (filled === 0) break;
      const chunk = buffer.subarray(0, filled);
      hash.update(chunk);
      insertChunk(seq++, chunk);
      size += filled;
      if (filled < contentChunkSize) break;
    }
  } finally {
    closeSync(fd);
  }
  if (hash.digest('hex') !== expected.sha256 || size !== expected.size) {
    throw new QuireError('CONTENT_CHANGED_DURING_IMPORT', { path: file });
  }
  return seq;
}

/** The stored chunks of one content, in order, one at a time. */
export function* readContentChunks(db: Database.Database, contentId: number): Generator<Buffer> {
  const iterate = db.prepare('SELECT data FROM content_chunks WHERE content_id = ? ORDER BY seq').pluck();
  for (const data of iterate.iterate(contentId)) yield data as Buffer;
}

/** The whole content in memory: only for content known to be small (rendering, text extraction). */
export function readContentBytes(db: Database.Database, contentId: number): Buffer {
  return Buffer.concat([...readContentChunks(db, contentId)]);
}

/** Recomputes a stored content's SHA-256 and size from its chunks. */
export function hashStoredContent(db: Database.Database, contentId: number): { sha256: string; size: number; chunks: number } {
  const hash = createHash('sha256');
  let size = 0;
  let chunks = 0;
  for (const chunk of readContentChunks(db, contentId)) {
    hash.update(chunk);
    size += chunk.length;
    chunks += 1;
  }
  return { sha256: hash.digest('hex'), size, chunks };
}
