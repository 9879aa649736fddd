import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestVault, signInCast, userPassword, type TestVault } from '../../helpers/temp-vault';
import path from 'node:path';
import { approveNextRevision, approvedDocument, routedDocument } from '../../helpers/workflow';

// Issue 11 item 3: one query answers a person's home page: their tasks, and for a controller the
// vault's state (reviews due, releases waiting, copies to recall, training outstanding, ownerless documents).
describe('the home page summary', () => {
  let t: TestVault;
  let now = new Date('2026-03-02T12:00:00Z');
  const tokens: Record<string, string> = {};
  const route = { reviewers: ['rita'], approvers: ['lukasz'] };
  const numbers: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestVault({ now: () => now });
    Object.assign(tokens, await signInCast(t, 'arun', 'amy', 'rita', 'zhang', 'lukasz', 'carol'));
    // In force, with a review falling due and training half done.
    numbers.effective = await approvedDocument(t, tokens.arun!, route, tokens, { title: 'Line clearance', reviewIntervalMonths: 1 });
    await t.core.call(tokens.carol!, 'revisions.release', { number: numbers.effective, password: userPassword });
    await t.core.call(tokens.carol!, 'training.assign', { number: numbers.effective, users: ['rita', 'zhang'] });
    await t.core.call(tokens.rita!, 'training.acknowledge', { number: numbers.effective, password: userPassword });
    // Released for a later date.
    numbers.pending = await approvedDocument(t, tokens.arun!, route, tokens, { title: 'Gowning' });
    await t.core.call(tokens.carol!, 'revisions.release', { number: numbers.pending, password: userPassword, effectiveDate: '2026-04-01' });
    // Rejected back to Amy.
    numbers.rejected = await routedDocument(t, tokens.amy!, route, { title: 'Cleaning' });
    await t.core.call(tokens.rita!, 'revisions.reject', { number: numbers.rejected, comment: 'Name the detergent.' });
    // Waiting for Rita's review.
    numbers.review = await routedDocument(t, tokens.arun!, route, { title: 'Sampling' });
    // Owned by someone who has left.
    numbers.orphan = (await t.core.call(tokens.carol!, 'documents.register', { type: 'SOP', department: 'QA', title: 'Old line', owner: 'amy', file: { path: t.file('old.txt', 'Old line.\n') } })).number;
    await t.core.call(t.adminToken, 'users.disable', { username: 'amy', reason: 'Left the company.' });
    now = new Date('2026-03-25T12:00:00Z');
  });
  afterAll(() => t.cleanup());

  it('gives a reviewer their tasks and no vault section', async () => {
    const home = await t.core.call(tokens.rita!, 'home.summary', {});
    expect(home.vault).toBeNull();
    expect(home.tasks.map((x) => `${x.kind} ${x.document}`)).toEqual([`review ${numbers.review}`]);
  });

  it('gives a controller the vault’s state', async () => {
    const home = await t.core.call(tokens.carol!, 'home.summary', {});
    expect(home.tasks.filter((x) => x.kind === 'release')).toEqual([expect.objectContaining({ document: numbers.pending, effectiveDate: '2026-04-01', actionable: false })]);
    const vault = home.vault!;
    expect(vault.reviewsDue).toEqual([expect.objectContaining({ document: numbers.effective, nextReviewDate: '2026-04-02', overdue: false })]);
    expect(vault.pendingReleases).toEqual([{ document: numbers.pending, title: 'Gowning', revision: 'A', effectiveDate: '2026-04-01' }]);
    expect(vault.trainingByDocument).toEqual([{ document: numbers.effective, title: 'Line clearance', revision: 'A', assigned: 2, acknowledged: 1, percentComplete: 50 }]);
    expect(vault.trainingByPerson).toEqual([{ user: 'zhang', fullName: '张伟', assigned: 1, acknowledged: 0, percentComplete: 0 }]);
    const amy = { username: 'amy', fullName: 'Amy Author' };
    expect(vault.documentsWithoutOwner).toEqual([{ document: numbers.rejected!, title: 'Cleaning', owner: amy }, { document: numbers.orphan!, title: 'Old line', owner: amy }].sort((a, b) => a.document.localeCompare(b.document)));
  });

  it('lists controlled copies due for recall once the revision is superseded', async () => {
    expect((await t.core.call(tokens.carol!, 'home.summary', {})).vault!.copiesDueForRecall).toEqual([]);
    const number = await approvedDocument(t, tokens.arun!, route, tokens, { title: 'Torque' });
    await t.core.call(tokens.carol!, 'revisions.release', { number, password: userPassword });
    await t.core.call(tokens.carol!, 'prints.print', { number, mode: 'controlled', copyholder: 'Line 3 supervisor', location: 'Line 3', destination: path.join(t.dir, 'copy-1.pdf') });
    await approveNextRevision(t, tokens.arun!, number, route, tokens, 'Torque, revision B.\n');
    await t.core.call(tokens.carol!, 'revisions.release', { number, password: userPassword });
    expect((await t.core.call(tokens.carol!, 'home.summary', {})).vault!.copiesDueForRecall).toEqual([{ document: number, title: 'Torque', revision: 'A', copyNumber: 1, copyholder: 'Line 3 supervisor', location: 'Line 3', dueSince: now.toISOString() }]);
  });
});

describe('the home page summary on a large vault', () => {
  let t: TestVault;
  let carol: string;
  const documents = 50_000;

  beforeAll(async () => {
    t = await createTestVault();
    carol = (await signInCast(t, 'carol')).carol!;
    const db = t.core.vault.db;
    // The rows a large vault holds (a document, its effective revision, a training assignment on one in
    // ten), written straight into the tables: only the query's speed is under test here.
    const number = await t.core.call(carol, 'documents.register', { type: 'WI', department: 'PROD', title: 'Seed', file: { path: t.file('seed.txt', 'Seed.\n') } });
    const seed = db.prepare('SELECT content_id, sha256 FROM revisions WHERE document_id = ?').get(number.id) as { content_id: number; sha256: string };
    db.transaction(() => {
      db.prepare(`WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${documents})
        INSERT INTO documents (number, title, doc_type, department, owner_id, review_interval_months, retention_years, created_at, created_by)
        SELECT printf('WI-BULK-%06d', i), 'Bulk ' || i, 'WI', 'PROD', 1, 24, 10, '2026-01-01T00:00:00Z', 1 FROM n`).run();
      db.prepare(`INSERT INTO revisions (document_id, major_label, draft_number, state, author_id, content_id, sha256, file_name, media_type, size, created_at, effective_date, next_review_date)
        SELECT id, 'A', 1, 'effective', 1, ?, ?, 'seed.txt', 'text/plain', 6, '2026-01-01T00:00:00Z', '2026-01-01', date('2026-01-01', '+' || (id % 900) || ' days') FROM documents WHERE number LIKE 'WI-BULK-%'`).run(seed.content_id, seed.sha256);
      db.prepare(`INSERT INTO training_assignments (revision_id, user_id, assigned_by, assigned_at) SELECT id, 1, 1, '2026-01-02T00:00:00Z' FROM revisions WHERE id % 10 = 0 AND state = 'effective'`).run();
    }).immediate();
  }, 120_000);
  afterAll(() => t.cleanup());

  it('answers within 300 ms with 50,000 documents in force', async () => {
    await t.core.call(carol, 'home.summary', {});
    const started = performance.now();
    const home = await t.core.call(carol, 'home.summary', {});
    const ms = performance.now() - started;
    console.log(`home.summary, ${documents} documents: ${ms.toFixed(0)} ms; ${home.vault!.reviewsDue.length} reviews due`);
    expect(home.vault!.trainingByDocument.length).toBeGreaterThan(0);
    expect(ms).toBeLessThan(300);
  });
});
