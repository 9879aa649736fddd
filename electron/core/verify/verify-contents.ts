import { createHash, hash, type Hash } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { VerifyProblem } from '../../../shared/contract';
import { revisionLocation, type RevisionLocationRow } from './revision-location';

interface ContentRecord {
  id: number;
  sha256: string;
  size: number;
  chunk_count: number;
}

/**
 * Re-hashes every stored content from its chunks, and checks each revision's recorded hash
 * against the content it points to: a flipped byte and an edited hash are both named.
 */
export function verifyContents(db: Database.Database): { contents: number; bytes: number; revisions: number; problems: VerifyProblem[] } {
  const problems: VerifyProblem[] = [];
  // Only the contents whose bytes no longer match are remembered: memory does not grow with the vault.
  const altered = new Map<number, string>();
  let bytes = 0;
  let contentCount = 0;
  const finish = (c: ContentRecord, found: { sha256: string; size: number; chunks: number }) => {
    contentCount += 1;
    bytes += found.size;
    if (found.sha256 !== c.sha256 || found.size !== c.size || found.chunks !== c.chunk_count) {
      altered.set(c.id, found.sha256);
      problems.push({
        kind: 'content',
        location: `content ${c.id} (sha256 ${c.sha256.slice(0, 12)}…)`,
        message: found.size !== c.size || found.chunks !== c.chunk_count
          ? `Stored content ${c.id} should be ${c.size} bytes in ${c.chunk_count} chunks but is ${found.size} bytes in ${found.chunks}: chunks were removed or added.`
          : `Stored content ${c.id} no longer matches its SHA-256: its bytes were altered.`,
      });
    }
  };
  // One ordered pass over every content and its chunks (one statement, not one per content), read as
  // plain arrays. Most contents are one chunk: those are hashed in one call, without a hash object.
  const chunks = db
    .prepare('SELECT c.id, c.sha256, c.size, c.chunk_count, k.data FROM contents c LEFT JOIN content_chunks k ON k.content_id = c.id ORDER BY c.id, k.seq')
    .raw()
    .iterate() as IterableIterator<[number, string, number, number, Buffer | null]>;
  let current = null as { record: ContentRecord; hash: Hash | null; single: Buffer | null; size: number; chunks: number } | null;
  const finishCurrent = (c: NonNullable<typeof current>) => {
    const sha256 = c.hash ? c.hash.digest('hex') : hash('sha256', c.single ?? Buffer.alloc(0), 'hex');
    finish(c.record, { sha256, size: c.size, chunks: c.chunks });
  };
  for (const [id, sha256, size, chunkCount, data] of chunks) {
    if (current?.record.id !== id) {
      if (current) finishCurrent(current);
      current = { record: { id, sha256, size, chunk_count: chunkCount }, hash: null, single: null, size: 0, chunks: 0 };
    }
    if (data !== null) {
      if (current.chunks === 0) current.single = data;
      else {
        current.hash ??= createHash('sha256').update(current.single!);
        current.hash.update(data);
        current.single = null;
      }
      current.size += data.length;
      current.chunks += 1;
    }
  }
  if (current) finishCurrent(current);
  const revisions = db
    .prepare('SELECT r.id, r.major_label, r.draft_number, r.state, r.content_id, r.sha256, d.number, c.sha256 AS stored_sha256 FROM revisions r JOIN documents d ON d.id = r.document_id LEFT JOIN contents c ON c.id = r.content_id ORDER BY r.id')
    .iterate() as IterableIterator<RevisionLocationRow & { content_id: number; sha256: string; stored_sha256: string | null }>;
  let revisionCount = 0;
  for (const r of revisions) {
    revisionCount += 1;
    const where = revisionLocation(r);
    const contentHash = altered.get(r.content_id) ?? r.stored_sha256;
    if (contentHash === null) {
      problems.push({ kind: 'revision-hash', location: where, message: `${where} points to content ${r.content_id}, which is missing.` });
    } else if (r.sha256 !== contentHash) {
      problems.push({ kind: 'revision-hash', location: where, message: `${where} records SHA-256 ${r.sha256.slice(0, 12)}… but its content hashes to ${contentHash.slice(0, 12)}…: the recorded hash or the content was altered.` });
    }
  }
  return { contents: contentCount, bytes, revisions: revisionCount, problems };
}
