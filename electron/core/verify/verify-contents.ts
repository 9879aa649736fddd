import type Database from 'better-sqlite3';
import type { VerifyProblem } from '../../../shared/contract';
import { hashStoredContent } from '../content/content-store';
import { labelOf, type RevisionRow } from '../documents/document-queries';

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
  const contents = db.prepare('SELECT id, sha256, size, chunk_count FROM contents ORDER BY id').iterate() as IterableIterator<{ id: number; sha256: string; size: number; chunk_count: number }>;
  for (const c of contents) {
    contentCount += 1;
    const found = hashStoredContent(db, c.id);
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
  }
  const revisions = db
    .prepare('SELECT r.*, d.number, c.sha256 AS stored_sha256 FROM revisions r JOIN documents d ON d.id = r.document_id LEFT JOIN contents c ON c.id = r.content_id ORDER BY r.id')
    .iterate() as IterableIterator<RevisionRow & { number: string; stored_sha256: string | null }>;
  let revisionCount = 0;
  for (const r of revisions) {
    revisionCount += 1;
    const where = `${r.number} revision ${labelOf(r)} (id ${r.id})`;
    const contentHash = altered.get(r.content_id) ?? r.stored_sha256;
    if (contentHash === null) {
      problems.push({ kind: 'revision-hash', location: where, message: `${where} points to content ${r.content_id}, which is missing.` });
    } else if (r.sha256 !== contentHash) {
      problems.push({ kind: 'revision-hash', location: where, message: `${where} records SHA-256 ${r.sha256.slice(0, 12)}… but its content hashes to ${contentHash.slice(0, 12)}…: the recorded hash or the content was altered.` });
    }
  }
  return { contents: contentCount, bytes, revisions: revisionCount, problems };
}
