import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { trainingMatrixCsv } from '../../../electron/core/training/training-matrix-csv';
import { createTestVault, signInCast, userPassword, type TestVault } from '../../helpers/temp-vault';
import { viewRevision } from '../../helpers/view-revision';
import { effectiveDocument, expectRefusal } from '../../helpers/workflow';

// Issue 13 item 4: people × documents with each one's status, overdue first, and compliance per job
// and per document — one core function whose rows the CLI's CSV and the audit pack share.
describe('the training matrix', () => {
  let t: TestVault;
  let now = new Date('2026-05-04T12:00:00Z');
  const tokens: Record<string, string> = {};
  let clearance: string;
  let labels: string;
  let cleaning: string;

  beforeAll(async () => {
    t = await createTestVault({ now: () => now });
    Object.assign(tokens, await signInCast(t, 'arun', 'rita', 'lukasz', 'carol'));
    for (const [name, full] of [['olga', 'Olga Operator'], ['pete', 'Pete Packer'], ['quinn', 'Quinn Quality']] as const) tokens[name] = await t.addSignedInUser(name, full, ['reader']);
    const route = { reviewers: ['rita'], approvers: ['lukasz'] };
    clearance = await effectiveDocument(t, tokens.arun!, route, tokens, tokens.carol!, { title: 'Line clearance' });
    labels = await effectiveDocument(t, tokens.arun!, route, tokens, tokens.carol!, { title: 'Label check' });
    cleaning = await effectiveDocument(t, tokens.arun!, route, tokens, tokens.carol!, { title: 'Cleaning' });
    await t.core.call(tokens.carol!, 'jobs.add', { job: 'PACK', name: 'Packing' });
    await t.core.call(tokens.carol!, 'jobs.add', { job: 'QA', name: 'Quality' });
    await t.core.call(tokens.carol!, 'jobs.documents', { job: 'PACK', change: 'add', numbers: [clearance, labels] });
    await t.core.call(tokens.carol!, 'jobs.documents', { job: 'QA', change: 'add', numbers: [labels] });
    // Olga and Pete join in May (30 days: due 3 June); Quinn joins QA later (due 2 July).
    await t.core.call(tokens.carol!, 'jobs.people', { job: 'PACK', change: 'add', users: ['olga', 'pete'] });
    now = new Date('2026-06-02T12:00:00Z');
    await t.core.call(tokens.carol!, 'jobs.people', { job: 'QA', change: 'add', users: ['quinn'] });
    // Cleaning is nobody's job: Pete is asked to read it directly.
    await t.core.call(tokens.carol!, 'training.assign', { number: cleaning, users: ['pete'], dueDate: '2026-06-30' });
    for (const number of [clearance, labels]) {
      await viewRevision(t.core, tokens.olga!, number, 'effective');
      await t.core.call(tokens.olga!, 'training.acknowledge', { number, password: userPassword });
    }
    now = new Date('2026-06-10T12:00:00Z');
  }, 600_000);
  afterAll(() => t.cleanup());

  it('lists every cell with its status, overdue first, and compliance per job and per document', async () => {
    const matrix = await t.core.call(tokens.carol!, 'training.matrix', {});
    expect(matrix.today).toBe('2026-06-10');
    expect(matrix.rows.map((r) => `${r.status} ${r.user} ${r.document} ${r.revision}`)).toEqual([
      `overdue pete ${clearance} A`,
      `overdue pete ${labels} A`,
      `open pete ${cleaning} A`,
      `open quinn ${labels} A`,
      `done olga ${clearance} A`,
      `done olga ${labels} A`,
      `not-required olga ${cleaning} A`,
      `not-required quinn ${clearance} A`,
      `not-required quinn ${cleaning} A`,
    ]);
    expect(matrix.rows[0]).toMatchObject({ fullName: 'Pete Packer', jobs: ['PACK'], title: 'Line clearance', dueDate: '2026-06-03', acknowledgedAt: null });
    expect(matrix.rows.find((r) => r.user === 'olga' && r.status === 'done')?.acknowledgedAt).toMatch(/^2026-06-02T/);
    expect(matrix.jobs).toEqual([
      { code: 'PACK', name: 'Packing', compliance: { required: 4, done: 2, overdue: 2, percent: 50 } },
      { code: 'QA', name: 'Quality', compliance: { required: 1, done: 0, overdue: 0, percent: 0 } },
    ]);
    expect(matrix.documents.map((d) => [d.number, d.compliance.percent, d.compliance.required])).toEqual([
      [clearance, 50, 2],
      [labels, 33, 3],
      [cleaning, 0, 1],
    ]);
    expect(matrix.people).toEqual([
      { username: 'olga', fullName: 'Olga Operator', jobs: ['PACK'] },
      { username: 'pete', fullName: 'Pete Packer', jobs: ['PACK'] },
      { username: 'quinn', fullName: 'Quinn Quality', jobs: ['QA'] },
    ]);
  });

  it('narrows to one job: its people and its documents', async () => {
    const qa = await t.core.call(tokens.carol!, 'training.matrix', { job: 'qa' });
    expect(qa.job).toBe('QA');
    expect(qa.rows.map((r) => `${r.status} ${r.user} ${r.document}`)).toEqual([`open quinn ${labels}`]);
    await expectRefusal(t.core.vault.db, () => t.core.call(tokens.carol!, 'training.matrix', { job: 'NOPE' }), 'JOB_NOT_FOUND', /NOPE/);
  });

  it('writes the rows as CSV that parses back to the same rows', async () => {
    const { rows } = await t.core.call(tokens.carol!, 'training.matrix', {});
    const parsed = parse(trainingMatrixCsv(rows), { columns: true }) as Record<string, string>[];
    expect(parsed.map((r) => [r.User, r['Jobs'], r.Document, r.Status, r['Due date']])).toEqual(rows.map((r) => [r.user, r.jobs.join('; '), r.document, r.status, r.dueDate ?? '']));
  });

  it('leaves job administration, quizzes and the matrix to controllers and administrators', async () => {
    const db = t.core.vault.db;
    for (const who of ['olga', 'arun', 'lukasz'] as const) {
      await expectRefusal(db, () => t.core.call(tokens[who]!, 'jobs.add', { job: 'MINE', name: 'Mine' }), 'PERMISSION_DENIED');
      await expectRefusal(db, () => t.core.call(tokens[who]!, 'jobs.people', { job: 'PACK', change: 'remove', users: ['pete'] }), 'PERMISSION_DENIED');
      await expectRefusal(db, () => t.core.call(tokens[who]!, 'jobs.documents', { job: 'PACK', change: 'add', numbers: [cleaning] }), 'PERMISSION_DENIED');
      await expectRefusal(db, () => t.core.call(tokens[who]!, 'training.matrix', {}), 'PERMISSION_DENIED');
    }
    expect(db.prepare('SELECT count(*) FROM jobs').pluck().get()).toBe(2);
    expect(await t.core.call(t.adminToken, 'jobs.add', { job: 'MAINT', name: 'Maintenance' })).toMatchObject({ code: 'MAINT' });
    await expectRefusal(db, () => t.core.call(t.adminToken, 'jobs.add', { job: 'maint', name: 'Again' }), 'JOB_EXISTS');
  });
});
