// A large register built fast for tests and benches of the register query: plain SQL inserts of
// documents and revisions in a few big transactions, every revision pointing at one shared content row.
// No audit events are written, so such a vault does not verify; it exists to measure and check the
// register (sort, filters, windows), not the trail.
import type Database from 'better-sqlite3';

export const bulkDepartments = ['QA', 'PROD', 'ENG', 'LAB', 'HR'] as const;
export const bulkTypes = ['SOP', 'WI', 'FRM', 'POL', 'SPEC'] as const;

export interface BulkRegisterOptions {
  /** User ids that own the documents in turn (and author their revisions). */
  ownerIds: number[];
  /** Documents to add, numbered from 1 (…-000001) after any added before. */
  count: number;
  /** Where numbering starts (for adding in steps). */
  from?: number;
}

/** The state a bulk document's revisions are in, spread evenly: most effective, some with a draft on top, some drafts only, a few obsolete. */
export function bulkShape(i: number): 'effective' | 'effective+draft' | 'draft' | 'obsolete' {
  const r = i % 20;
  if (r === 0) return 'draft';
  if (r === 1) return 'obsolete';
  if (r < 5) return 'effective+draft';
  return 'effective';
}

/** The effective date of bulk document i: spread over 2015–2026 so date filters and sorts have work to do. */
export function bulkEffectiveDate(i: number): string {
  const day = new Date(Date.UTC(2015, 0, 1) + ((i * 7919) % 4380) * 86_400_000);
  return day.toISOString().slice(0, 10);
}

const addMonths = (date: string, months: number) => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString().slice(0, 10);
};

/** Adds `count` documents (with revisions in the states of bulkShape) by SQL, 10,000 per transaction. */
export function addBulkRegister(db: Database.Database, options: BulkRegisterOptions): void {
  const now = new Date().toISOString();
  const contentId = Number(
    db.prepare("INSERT INTO contents (sha256, size, chunk_count, created_at) VALUES (?, 11, 0, ?) ON CONFLICT (sha256) DO UPDATE SET size = size RETURNING id").pluck().get('0'.repeat(64), now),
  );
  const insertDocument = db.prepare("INSERT INTO documents (number, title, doc_type, department, owner_id, review_interval_months, retention_years, status, created_at, created_by) VALUES (?, ?, ?, ?, ?, 24, 10, ?, ?, ?)");
  const insertRevision = db.prepare(
    "INSERT INTO revisions (document_id, major_label, draft_number, state, author_id, content_id, sha256, file_name, media_type, size, change_summary, created_at, effective_date, next_review_date) VALUES (?, ?, 1, ?, ?, ?, ?, 'bulk.txt', 'text/plain', 11, ?, ?, ?, ?)",
  );
  const from = options.from ?? 0;
  for (let start = from; start < from + options.count; start += 10_000) {
    db.transaction(() => {
      for (let i = start; i < Math.min(from + options.count, start + 10_000); i++) {
        const type = bulkTypes[i % bulkTypes.length]!;
        const department = bulkDepartments[Math.floor(i / 5) % bulkDepartments.length]!;
        const owner = options.ownerIds[i % options.ownerIds.length]!;
        const shape = bulkShape(i);
        const number = `${type}-${department}-${String(i + 1).padStart(6, '0')}`;
        const documentId = Number(insertDocument.run(number, `Bulk ${type} ${i + 1} for ${department}`, type, department, owner, shape === 'obsolete' ? 'obsolete' : 'active', now, owner).lastInsertRowid);
        const effective = bulkEffectiveDate(i);
        if (shape === 'draft') {
          insertRevision.run(documentId, 'A', 'draft', owner, contentId, '0'.repeat(64), null, now, null, null);
          continue;
        }
        const state = shape === 'obsolete' ? 'obsolete' : 'effective';
        insertRevision.run(documentId, 'A', state, owner, contentId, '0'.repeat(64), `First issue of ${number}.`, now, effective, addMonths(effective, 24));
        if (shape === 'effective+draft') insertRevision.run(documentId, 'B', 'draft', owner, contentId, '0'.repeat(64), `Second issue of ${number}.`, now, null, null);
      }
    }).immediate();
  }
}
