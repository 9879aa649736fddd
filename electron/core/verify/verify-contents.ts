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
  const actual = new Map<number, string>();
  let bytes = 0;
  const contents = db.prepare('SELECT id, sha256, size, chunk_count FROM contents ORDER BY id').all() as { id: number; sha256: string; size: number; chunk_count: number }[];
  for (const c of contents) {
    const found = hashStoredContent(db, c.id);
    actual.set(c.id, found.sha256);
    bytes += found.size;
    if (found.sha256 !== c.sha256 || found.size !== c.size || found.chunks !== c.chunk_count) {
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
    .prepare('SELECT r.*, d.number FROM revisions r JOIN documents d ON d.id = r.document_id ORDER BY r.id')
    .all() as (RevisionRow & { number: string })[];
  for (const r of revisions) {
    const where = `${r.number} revision ${labelOf(r)} (id ${r.id})`;
    const contentHash = actual.get(r.content_id);
    if (contentHash === undefined) {
      problems.push({ kind: 'revision-hash', location: where, message: `${where} points to content ${r.content_id}, which is missing.` });
    } else if (r.sha256 !== contentHash) {
      problems.push({ kind: 'revision-hash', location: where, message: `${where} records SHA-256 ${r.sha256.slice(0, 12)}… but its content hashes to ${contentHash.slice(0, 12)}…: the recorded hash or the content was altered.` });
    }
  }
  return { contents: contents.length, bytes, revisions: revisions.length, problems };
}
