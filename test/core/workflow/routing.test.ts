import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestVault, type TestVault, signInCast } from '../../helpers/temp-vault';
import { draftDocument, expectRefusal, routedDocument, sign } from '../../helpers/workflow';

// Who signs when: sequential and parallel approval, route templates per document type, due dates,
// and each person's inbox, on a vault whose clock the test moves.
describe('routing a revision', () => {
  let t: TestVault;
  let now = new Date('2026-03-02T12:00:00Z');
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestVault({ now: () => now });
    Object.assign(tokens, await signInCast(t, 'arun', 'rita', 'zhang', 'lukasz', 'maria'));
    tokens.quinn = await t.addSignedInUser('quinn', 'Quinn QA', ['approver']);
    tokens.rob = await t.addSignedInUser('rob', 'Rob Reader', ['reader']);
  });
  afterAll(() => t.cleanup());

  const db = () => t.core.vault.db;
  const inboxFor = async (user: string, number: string) => (await t.core.call(tokens[user]!, 'tasks.mine', {})).filter((task) => task.document === number);
  const taskList = (route: { tasks: { stage: string; assignee: { username: string }; dueDate: string | null }[] }) => route.tasks.map((x) => `${x.stage}:${x.assignee.username}:${x.dueDate ?? '-'}`);

  it('sequential approval: the second approver waits for the first', async () => {
    const number = await routedDocument(t, tokens.arun!, { reviewers: ['rita'], approvers: ['lukasz', 'maria'], approvalMode: 'sequential' });
    // While review runs, both approvers see the task but cannot act on it yet.
    expect(await inboxFor('maria', number)).toEqual([expect.objectContaining({ kind: 'approval', actionable: false })]);
    await sign(t, tokens.rita!, number, 'reviewed');

    expect(await inboxFor('lukasz', number)).toEqual([expect.objectContaining({ kind: 'approval', actionable: true })]);
    expect(await inboxFor('maria', number)).toEqual([expect.objectContaining({ kind: 'approval', actionable: false })]);
    await expectRefusal(db(), () => sign(t, tokens.maria!, number, 'approved'), 'NOT_YOUR_TURN', new RegExp(number), /sequential/, /lukasz signs first/);
    await expectRefusal(db(), () => t.core.call(tokens.maria!, 'revisions.reject', { number, comment: 'Too early to say.' }), 'NOT_YOUR_TURN', /lukasz signs first/);

    await sign(t, tokens.lukasz!, number, 'approved');
    expect(await inboxFor('lukasz', number)).toEqual([]);
    expect(await inboxFor('maria', number)).toEqual([expect.objectContaining({ actionable: true })]);
    const done = await sign(t, tokens.maria!, number, 'approved');
    expect(done.route).toMatchObject({ state: 'completed', revisionState: 'approved', approvalMode: 'sequential' });
    expect(done.route.tasks.map((x) => `${x.assignee.username}:${x.state}`)).toEqual(['rita:signed', 'lukasz:signed', 'maria:signed']);
  });

  it('parallel approval: either approver may sign first, and the revision is approved only when both have', async () => {
    const number = await routedDocument(t, tokens.arun!, { reviewers: ['rita'], approvers: ['lukasz', 'maria'] });
    await sign(t, tokens.rita!, number, 'reviewed');
    expect((await inboxFor('maria', number))[0]).toMatchObject({ actionable: true });
    expect((await inboxFor('lukasz', number))[0]).toMatchObject({ actionable: true });
    const first = await sign(t, tokens.maria!, number, 'approved');
    expect(first.route.revisionState).toBe('in_approval');
    const second = await sign(t, tokens.lukasz!, number, 'approved');
    expect(second.route.revisionState).toBe('approved');
  });

  it('a route template per document type: used when submit names nobody, added to the people it names', async () => {
    const plain = await draftDocument(t, tokens.arun!, { type: 'WI' });
    await expectRefusal(db(), () => t.core.call(tokens.arun!, 'revisions.submit', { number: plain }), 'ROUTE_INCOMPLETE', new RegExp(plain), /WI/);

    // Every work instruction needs the QA approver, in sequence after the others.
    const template = await t.core.call(t.adminToken, 'routeTemplates.set', { type: 'wi', reviewers: ['zhang'], approvers: ['quinn'], approvalMode: 'sequential', reviewDays: 5, approvalDays: 10, reason: 'QA approves every work instruction (QM-7).' });
    expect(template).toEqual({ type: 'WI', reviewers: ['zhang'], approvers: ['quinn'], approvalMode: 'sequential', reviewDays: 5, approvalDays: 10 });
    expect(await t.core.call(tokens.arun!, 'routeTemplates.list', {})).toEqual([template]);
    await expect(t.core.call(tokens.arun!, 'routeTemplates.set', { type: 'WI', reviewers: [], approvers: ['arun'], approvalMode: 'parallel', reason: 'Mine now.' })).rejects.toMatchObject({ code: 'PERMISSION_DENIED' });

    const fromTemplate = await t.core.call(tokens.arun!, 'revisions.submit', { number: plain });
    expect(fromTemplate.approvalMode).toBe('sequential');
    expect(taskList(fromTemplate)).toEqual(['review:zhang:2026-03-07', 'approval:quinn:2026-03-12']);

    const named = await draftDocument(t, tokens.arun!, { type: 'WI' });
    const added = await t.core.call(tokens.arun!, 'revisions.submit', { number: named, reviewers: ['rita'], approvers: ['lukasz', 'quinn'], approvalDueDate: '2026-03-20' });
    expect(taskList(added)).toEqual(['review:rita:2026-03-07', 'review:zhang:2026-03-07', 'approval:lukasz:2026-03-20', 'approval:quinn:2026-03-20']);
  });

  it('refuses a route naming someone who cannot take the part', async () => {
    const number = await draftDocument(t, tokens.arun!);
    await expectRefusal(db(), () => t.core.call(tokens.arun!, 'revisions.submit', { number, reviewers: ['rob'], approvers: ['lukasz'] }), 'ASSIGNEE_NOT_QUALIFIED', /rob cannot review/, /reviewer role/);
    await expectRefusal(db(), () => t.core.call(tokens.arun!, 'revisions.submit', { number, reviewers: ['rita'], approvers: ['nobody'] }), 'USER_NOT_FOUND', /nobody/);
    await expectRefusal(db(), () => t.core.call(tokens.rita!, 'revisions.submit', { number, reviewers: ['zhang'], approvers: ['lukasz'] }), 'PERMISSION_DENIED', /rita/);
  });

  it('due dates: the inbox marks a task overdue once the clock passes its date', async () => {
    const number = await routedDocument(t, tokens.arun!, { reviewers: ['rita'], approvers: ['lukasz'], reviewDueDate: '2026-03-04', approvalDueDate: '2026-03-09' });
    expect(await inboxFor('rita', number)).toEqual([{ kind: 'review', document: number, title: expect.any(String), revision: 'A.1', dueDate: '2026-03-04', overdue: false, actionable: true }]);
    now = new Date('2026-03-04T12:00:00Z');
    expect((await inboxFor('rita', number))[0]!.overdue).toBe(false);
    now = new Date('2026-03-05T12:00:00Z');
    expect((await inboxFor('rita', number))[0]!.overdue).toBe(true);
    expect((await inboxFor('lukasz', number))[0]).toMatchObject({ dueDate: '2026-03-09', overdue: false, actionable: false });
  });
});
