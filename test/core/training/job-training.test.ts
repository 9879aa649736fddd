import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestVault, signInCast, userPassword, type TestVault } from '../../helpers/temp-vault';
import { viewRevision } from '../../helpers/view-revision';
import { approvedDocument, approveNextRevision, auditEventsAfter, effectiveDocument, insiderEdits, lastAuditEventId } from '../../helpers/workflow';

// Issue 13 item 4: job functions name who does a job and what it requires. People in a job are
// assigned each required document's revision as it becomes effective, and what is in force when they
// join; leaving a job closes what only that job required. All on a real vault.
describe('training assigned by job function', () => {
  let t: TestVault;
  let now = new Date('2026-03-02T12:00:00Z');
  const tokens: Record<string, string> = {};
  const route = { reviewers: ['rita'], approvers: ['lukasz'] };
  let inForce: string;
  let coming: string;

  beforeAll(async () => {
    t = await createTestVault({ now: () => now });
    Object.assign(tokens, await signInCast(t, 'arun', 'rita', 'lukasz', 'carol'));
    tokens.olga = await t.addSignedInUser('olga', 'Olga Operator', ['reader']);
    tokens.pete = await t.addSignedInUser('pete', 'Pete Packer', ['reader']);
    inForce = await effectiveDocument(t, tokens.arun!, route, tokens, tokens.carol!, { title: 'Line clearance' });
    coming = await approvedDocument(t, tokens.arun!, route, tokens, { title: 'Label check' });
    await t.core.call(t.adminToken, 'vault.updateSettings', { trainingDueDays: 14, reason: 'Two weeks to train on a new revision.' });
  }, 600_000);
  afterAll(() => t.cleanup());

  const mine = async (who: string) => (await t.core.call(tokens[who]!, 'tasks.mine', {})).filter((x) => x.kind === 'read-and-understood').map((x) => `${x.document} ${x.revision} ${x.dueDate}`);
  const outstanding = async (number: string) => (await t.core.call(tokens.carol!, 'training.outstanding', { number })).map((o) => `${o.user} ${o.revision} ${o.dueDate}`).sort();

  it('audits the due-days setting like every vault setting', async () => {
    expect((await t.core.call(tokens.olga!, 'vault.settings', {})).trainingDueDays).toBe(14);
    const event = t.core.vault.db.prepare("SELECT old_value, new_value, reason FROM audit_events WHERE action = 'vault.settings_changed' ORDER BY id DESC LIMIT 1").get() as { old_value: string; new_value: string; reason: string };
    expect(JSON.parse(event.old_value).trainingDueDays).toBe(30);
    expect(JSON.parse(event.new_value).trainingDueDays).toBe(14);
    expect(event.reason).toBe('Two weeks to train on a new revision.');
  });

  it('assigns the revisions in force to people as they join, and to the job’s people as documents are added', async () => {
    const job = await t.core.call(tokens.carol!, 'jobs.add', { job: 'pack-op', name: 'Packing operator' });
    expect(job).toEqual({ code: 'PACK-OP', name: 'Packing operator', people: [], documents: [] });
    const before = lastAuditEventId(t.core.vault.db);
    const withDocs = await t.core.call(tokens.carol!, 'jobs.documents', { job: 'PACK-OP', change: 'add', numbers: [inForce, coming] });
    expect(withDocs).toMatchObject({ changed: [inForce, coming], assigned: 0 });
    const joined = await t.core.call(tokens.carol!, 'jobs.people', { job: 'PACK-OP', change: 'add', users: ['olga'] });
    expect(joined).toMatchObject({ changed: ['olga'], assigned: 1, people: [{ username: 'olga', fullName: 'Olga Operator' }] });
    // Only the revision in force: the approved one waits for its effective date.
    expect(await mine('olga')).toEqual([`${inForce} A 2026-03-16`]);
    const events = auditEventsAfter(t.core.vault.db, before).map((e) => e.action);
    expect(events).toEqual(['job.documents_added', 'job.people_added', 'training.job_assigned']);
    expect(auditEventsAfter(t.core.vault.db, before).at(-1)).toMatchObject({ username: 'carol', newValue: { document: inForce, label: 'A', users: ['olga'], jobs: ['PACK-OP'], dueDate: '2026-03-16' } });
  });

  it('assigns a required document to everyone in the job when its revision becomes effective, on release and on its date', async () => {
    await t.core.call(tokens.carol!, 'jobs.people', { job: 'PACK-OP', change: 'add', users: ['pete'] });
    await t.core.call(tokens.carol!, 'revisions.release', { number: coming, password: userPassword, effectiveDate: '2026-03-10' });
    expect(await outstanding(coming)).toEqual([]);
    now = new Date('2026-03-10T07:00:00Z');
    const before = lastAuditEventId(t.core.vault.db);
    t.core.applyDueReleases();
    expect(await outstanding(coming)).toEqual(['olga A 2026-03-24', 'pete A 2026-03-24']);
    const assigned = auditEventsAfter(t.core.vault.db, before).find((e) => e.action === 'training.job_assigned');
    expect(assigned).toMatchObject({ username: 'system', newValue: { document: coming, users: ['olga', 'pete'], jobs: ['PACK-OP'] } });
  });

  it('carries open job training over to the next revision, and gives the job’s people who had finished the new one', async () => {
    await viewRevision(t.core, tokens.pete!, inForce, 'effective');
    await t.core.call(tokens.pete!, 'training.acknowledge', { number: inForce, password: userPassword });
    expect(await outstanding(inForce)).toEqual(['olga A 2026-03-16']);
    await approveNextRevision(t, tokens.arun!, inForce, route, tokens, 'Line clearance, revision B.\n');
    now = new Date('2026-03-11T09:00:00Z');
    await t.core.call(tokens.carol!, 'revisions.release', { number: inForce, password: userPassword });
    // Olga's open training keeps its date; Pete, who had read A, is given B with the job's days.
    expect(await outstanding(inForce)).toEqual(['olga B 2026-03-16', 'pete B 2026-03-25']);
  });

  it('closes what only the job required when a person leaves it, with the reason, and keeps what a direct assignment requires', async () => {
    await t.core.call(tokens.carol!, 'training.assign', { number: coming, users: ['pete'] });
    const before = lastAuditEventId(t.core.vault.db);
    const left = await t.core.call(tokens.carol!, 'jobs.people', { job: 'PACK-OP', change: 'remove', users: ['pete'] });
    expect(left).toMatchObject({ changed: ['pete'], closed: 1, people: [{ username: 'olga' }] });
    expect(await mine('pete')).toEqual([`${coming} A 2026-03-24`]);
    const closed = auditEventsAfter(t.core.vault.db, before).find((e) => e.action === 'training.closed');
    expect(closed).toMatchObject({ newValue: { document: inForce, label: 'B', users: ['pete'], job: 'PACK-OP' }, reason: 'No longer in the job PACK-OP.' });
  });

  it('keeps what another job still requires, and assigns again on rejoining', async () => {
    await t.core.call(tokens.carol!, 'jobs.add', { job: 'QA-INSP', name: 'QA inspector' });
    await t.core.call(tokens.carol!, 'jobs.documents', { job: 'QA-INSP', change: 'add', numbers: [inForce] });
    await t.core.call(tokens.carol!, 'jobs.people', { job: 'QA-INSP', change: 'add', users: ['olga'] });
    expect(await t.core.call(tokens.carol!, 'jobs.people', { job: 'PACK-OP', change: 'remove', users: ['olga'] })).toMatchObject({ closed: 1 });
    // The label check only PACK-OP required is closed; the line clearance QA-INSP requires stays.
    expect(await mine('olga')).toEqual([`${inForce} B 2026-03-16`]);
    expect(await t.core.call(tokens.carol!, 'jobs.people', { job: 'PACK-OP', change: 'add', users: ['olga'] })).toMatchObject({ assigned: 1 });
    expect((await mine('olga')).sort()).toEqual([`${coming} A 2026-03-25`, `${inForce} B 2026-03-16`].sort());
  });

  it('closes a document’s open training when the job no longer requires it', async () => {
    expect(await t.core.call(tokens.carol!, 'jobs.documents', { job: 'PACK-OP', change: 'remove', numbers: [coming] })).toMatchObject({ changed: [coming], closed: 1 });
    expect(await mine('olga')).toEqual([`${inForce} B 2026-03-16`]);
    expect(await t.core.call(tokens.carol!, 'jobs.list', {})).toEqual([
      { code: 'PACK-OP', name: 'Packing operator', people: [{ username: 'olga', fullName: 'Olga Operator' }], documents: [{ number: inForce, title: 'Line clearance' }] },
      { code: 'QA-INSP', name: 'QA inspector', people: [{ username: 'olga', fullName: 'Olga Operator' }], documents: [{ number: inForce, title: 'Line clearance' }] },
    ]);
    // Every assignment made and closed by the jobs above is explained by the trail.
    expect((await t.core.call(t.adminToken, 'vault.verify', {})).problems).toEqual([]);
  });
});

// What an auditor relies on must be explained by the trail: verify replays the job functions.
describe('verify and the job functions', () => {
  let t: TestVault;
  beforeAll(async () => {
    t = await createTestVault();
    const tokens = await signInCast(t, 'carol', 'rita');
    await t.core.call(tokens.carol!, 'jobs.add', { job: 'QA', name: 'Quality' });
    await t.core.call(tokens.carol!, 'jobs.people', { job: 'QA', change: 'add', users: ['rita', 'carol'] });
    await t.core.call(tokens.carol!, 'jobs.people', { job: 'QA', change: 'remove', users: ['carol'] });
  }, 600_000);
  afterAll(() => t.cleanup());

  it('finds the people of a job explained by its audit events, and names a member added behind Quire’s back', async () => {
    expect((await t.core.call(t.adminToken, 'vault.verify', {})).problems).toEqual([]);
    insiderEdits(t, ['job_members'], "INSERT INTO job_members (job_id, user_id, added_by, added_at) SELECT 1, id, id, '2026-01-01' FROM users WHERE username = 'admin';");
    const problems = (await t.core.call(t.adminToken, 'vault.verify', {})).problems;
    expect(problems).toEqual([expect.objectContaining({ kind: 'state', location: 'job 1 (QA)', message: expect.stringContaining('the people is ["admin","rita"] in the vault, but the audit trail says ["rita"]') })]);
  });
});
