import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { trainingMatrix } from '../../../electron/core/training/training-matrix';
import { createTestVault, signInCast, type TestVault } from '../../helpers/temp-vault';

// The matrix at a plant's size: 500 people in 10 jobs requiring 80 of 200 documents in force, rows written straight
// into the tables (only the query's speed is under test here).
describe('the training matrix at 500 people × 80 required documents', () => {
  let t: TestVault;

  beforeAll(async () => {
    t = await createTestVault();
    const carol = (await signInCast(t, 'carol')).carol!;
    const db = t.core.vault.db;
    const seed = await t.core.call(carol, 'documents.register', { type: 'WI', department: 'PROD', title: 'Seed', file: { path: t.file('seed.txt', 'Seed.\n') } });
    const content = db.prepare('SELECT content_id, sha256 FROM revisions WHERE document_id = ?').get(seed.id) as { content_id: number; sha256: string };
    db.transaction(() => {
      db.prepare(`WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 500)
        INSERT INTO users (username, full_name, password_hash, created_at) SELECT printf('op%03d', i), 'Operator ' || i, 'x', '2026-01-01T00:00:00Z' FROM n`).run();
      db.prepare(`WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 200)
        INSERT INTO documents (number, title, doc_type, department, owner_id, review_interval_months, retention_years, created_at, created_by)
        SELECT printf('WI-M-%04d', i), 'Bulk ' || i, 'WI', 'PROD', 1, 24, 10, '2026-01-01T00:00:00Z', 1 FROM n`).run();
      db.prepare(`INSERT INTO revisions (document_id, major_label, draft_number, state, author_id, content_id, sha256, file_name, media_type, size, created_at, effective_date)
        SELECT id, 'A', 1, 'effective', 1, ?, ?, 'seed.txt', 'text/plain', 6, '2026-01-01T00:00:00Z', '2026-01-01' FROM documents WHERE number LIKE 'WI-M-%'`).run(content.content_id, content.sha256);
      db.prepare(`WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10) INSERT INTO jobs (code, name, created_by, created_at) SELECT 'JOB' || i, 'Job ' || i, 1, '2026-01-01' FROM n`).run();
      db.prepare(`INSERT INTO job_members (job_id, user_id, added_by, added_at) SELECT 1 + (id % 10), id, 1, '2026-01-01' FROM users WHERE username LIKE 'op%'`).run();
      db.prepare(`INSERT INTO job_documents (job_id, document_id, added_by, added_at) SELECT j.id, d.id, 1, '2026-01-01' FROM jobs j JOIN documents d ON d.number LIKE 'WI-M-%' AND d.id % 10 < 4`).run();
      db.prepare(`INSERT INTO training_assignments (revision_id, user_id, assigned_by, assigned_at, due_date, by_job)
        SELECT r.id, m.user_id, 1, '2026-01-02T00:00:00Z', '2026-02-01', 1 FROM job_members m JOIN job_documents j ON j.job_id = m.job_id JOIN revisions r ON r.document_id = j.document_id`).run();
    }).immediate();
  }, 300_000);
  afterAll(() => t.cleanup());

  it('answers in well under two seconds', () => {
    const started = performance.now();
    const matrix = trainingMatrix(t.core.vault.db, '2026-03-01');
    const ms = performance.now() - started;
    console.log(`training matrix, ${matrix.people.length} people × ${matrix.documents.length} documents (${matrix.rows.length} cells): ${ms.toFixed(0)} ms`);
    expect(matrix.rows.length).toBe(matrix.people.length * matrix.documents.length);
    expect(matrix.rows[0]!.status).toBe('overdue');
    expect(ms).toBeLessThan(2000);
  });
});
