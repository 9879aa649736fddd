import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestVault, signInCast, userPassword, type TestVault } from '../../helpers/temp-vault';
import { viewRevision } from '../../helpers/view-revision';
import { approveNextRevision, auditEventsAfter, effectiveDocument, insiderEdits, lastAuditEventId } from '../../helpers/workflow';

// Issue 11: "training on B vanished when C became effective and was not reassigned". Open
// read-and-understood assignments follow the document to its next effective revision.
describe('training when the next revision becomes effective', () => {
  let t: TestVault;
  let now = new Date('2026-03-02T12:00:00Z');
  const tokens: Record<string, string> = {};
  const route = { reviewers: ['rita'], approvers: ['lukasz'] };
  let number: string;

  beforeAll(async () => {
    t = await createTestVault({ now: () => now });
    Object.assign(tokens, await signInCast(t, 'arun', 'rita', 'zhang', 'lukasz', 'maria', 'carol'));
    number = await effectiveDocument(t, tokens.arun!, route, tokens, tokens.carol!);
    await t.core.call(tokens.carol!, 'training.assign', { number, users: ['zhang', 'maria'], dueDate: '2026-03-20' });
    await viewRevision(t.core, tokens.maria!, number, 'effective');
    await t.core.call(tokens.maria!, 'training.acknowledge', { number, password: userPassword });
  });
  afterAll(() => t.cleanup());

  const outstanding = async () => (await t.core.call(tokens.carol!, 'training.outstanding', { number })).map((o) => `${o.user} ${o.revision} ${o.dueDate}`);

  it('carries the open assignment over to the revision released today, audited', async () => {
    expect(await outstanding()).toEqual(['zhang A 2026-03-20']);
    await approveNextRevision(t, tokens.arun!, number, route, tokens, 'Revision B text.\n');
    const before = lastAuditEventId(t.core.vault.db);
    await t.core.call(tokens.carol!, 'revisions.release', { number, password: userPassword });
    expect(await outstanding()).toEqual(['zhang B 2026-03-20']);
    expect(auditEventsAfter(t.core.vault.db, before).find((e) => e.action === 'training.carried_over')).toMatchObject({ newValue: { document: number, label: 'B', from: 'A', users: ['zhang'] } });
    expect((await t.core.call(tokens.zhang!, 'tasks.mine', {})).filter((x) => x.kind === 'read-and-understood')).toEqual([expect.objectContaining({ revision: 'B' })]);
  });

  it('carries it over when a release waiting for its date becomes effective', async () => {
    await approveNextRevision(t, tokens.arun!, number, route, tokens, 'Revision C text.\n');
    await t.core.call(tokens.carol!, 'revisions.release', { number, password: userPassword, effectiveDate: '2026-04-01' });
    expect(await outstanding()).toEqual(['zhang B 2026-03-20']);
    now = new Date('2026-04-01T08:00:00Z');
    t.core.applyDueReleases();
    expect(await outstanding()).toEqual(['zhang C 2026-03-20']);
    await viewRevision(t.core, tokens.zhang!, number, 'effective');
    await t.core.call(tokens.zhang!, 'training.acknowledge', { number, password: userPassword });
    expect(await outstanding()).toEqual([]);
  });

  it('is explained by the trail, carried-over due dates included; verify names an assignment changed behind Quire', async () => {
    expect((await t.core.call(t.adminToken, 'vault.verify', {})).problems).toEqual([]);
    const revisionC = t.core.vault.db.prepare("SELECT r.id FROM revisions r JOIN documents d ON d.id = r.document_id WHERE d.number = ? AND r.state = 'effective'").pluck().get(number) as number;
    // A due date moved so the lateness disappears, an assignment nobody made, and an open one on A deleted.
    await t.core.call(tokens.carol!, 'training.assign', { number, users: ['rita'], dueDate: '2026-04-30' });
    insiderEdits(
      t,
      ['training_assignments'],
      `UPDATE training_assignments SET due_date = '2026-12-31' WHERE revision_id = ${revisionC} AND user_id = (SELECT id FROM users WHERE username = 'rita');
       INSERT INTO training_assignments (revision_id, user_id, assigned_by, assigned_at, due_date) SELECT ${revisionC}, id, id, '2026-04-01', NULL FROM users WHERE username = 'lukasz';`,
    );
    const problems = (await t.core.call(t.adminToken, 'vault.verify', {})).problems;
    expect(problems).toEqual([
      expect.objectContaining({ kind: 'state', location: `training of rita on revision ${revisionC}`, message: expect.stringContaining('is due "2026-12-31" in the vault, but the audit trail says "2026-04-30"') }),
      expect.objectContaining({ kind: 'state', location: `training of lukasz on revision ${revisionC}`, message: expect.stringContaining('was not assigned by any audit event') }),
    ]);
  });
});
