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
 * Stores a file's bytes once per SHA-256, in chunks, reading it synchronously so it can run
 * inside the caller's transaction. `expected` is the hash taken before the transaction:
 * if the file changed since, nothing is kept and the import is refused.
 */
export function storeContentFromFile(db: Database.Database, file: string, expected: { sha256: string; size: number }, now: Date): StoredContent {
  const existing = statement<[string], { id: number; size: number }>(db, 'SELECT id, size FROM contents WHERE sha256 = ?').get(expected.sha256);
  if (existing) return { contentId: existing.id, sha256: expected.sha256, size: existing.size, newlyStored: false };

  const { lastInsertRowid } = statement(db, 'INSERT INTO contents (sha256, size, chunk_count, created_at) VALUES (?, ?, 0, ?)').run(
    expected.sha256,
    expected.size,
    now.toISOString(),
  );
  const contentId = Number(lastInsertRowid);
  const insertChunk = statement(db, 'INSERT INTO content_chunks (content_id, seq, data) VALUES (?, ?, ?)');
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
      insertChunk.run(contentId, seq, chunk);
      size += filled;
      seq += 1;
      if (filled < contentChunkSize) break;
    }
  } finally {
    closeSync(fd);
  }
  if (hash.digest('hex') !== expected.sha256 || size !== expected.size) {
    throw new QuireError('CONTENT_CHANGED_DURING_IMPORT', `The file ${file} changed while it was being imported. Try again once it is no longer being written.`);
  }
  statement(db, 'UPDATE contents SET chunk_count = ? WHERE id = ?').run(seq, contentId);
  return { contentId, sha256: expected.sha256, size, newlyStored: true };
}

/**
 * Stores bytes made by Quire itself (a rendition) once per SHA-256, in the same chunks as imported
 * files; call inside the caller's transaction.
 */
export function storeContentBytes(db: Database.Database, bytes: Uint8Array, now: Date): StoredContent {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const existing = statement<[string], { id: number; size: number }>(db, 'SELECT id, size FROM contents WHERE sha256 = ?').get(sha256);
  if (existing) return { contentId: existing.id, sha256, size: existing.size, newlyStored: false };
  const chunkCount = Math.ceil(bytes.length / contentChunkSize);
  const { lastInsertRowid } = statement(db, 'INSERT INTO contents (sha256, size, chunk_count, created_at) VALUES (?, ?, ?, ?)').run(sha256, bytes.length, chunkCount, now.toISOString());
  const contentId = Number(lastInsertRowid);
  const insertChunk = statement(db, 'INSERT INTO content_chunks (content_id, seq, data) VALUES (?, ?, ?)');
  for (let seq = 0; seq < chunkCount; seq++) insertChunk.run(contentId, seq, Buffer.from(bytes.buffer, bytes.byteOffset + seq * contentChunkSize, Math.min(contentChunkSize, bytes.length - seq * contentChunkSize)));
  return { contentId, sha256, size: bytes.length, newlyStored: true };
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
