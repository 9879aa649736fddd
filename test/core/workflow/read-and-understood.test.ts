import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestVault, userPassword, type TestVault, signInCast } from '../../helpers/temp-vault';
import { approvedDocument, draftDocument, expectRefusal } from '../../helpers/workflow';
import { viewRevision } from '../../helpers/view-revision';

// Read-and-understood training: the effective revision is assigned to people and roles; each signs
// that they read it; the controller sees who is still missing, and who is late.
describe('read-and-understood training', () => {
  let t: TestVault;
  let now = new Date('2026-03-02T12:00:00Z');
  const tokens: Record<string, string> = {};
  let number: string;

  beforeAll(async () => {
    t = await createTestVault({ now: () => now });
    Object.assign(tokens, await signInCast(t, 'arun', 'rita', 'lukasz', 'maria', 'carol'));
    number = await approvedDocument(t, tokens.arun!, { reviewers: ['rita'], approvers: ['lukasz'] }, tokens);
    await t.core.call(tokens.carol!, 'revisions.release', { number, password: userPassword });
  });
  afterAll(() => t.cleanup());

  const outstanding = async () => (await t.core.call(tokens.carol!, 'training.outstanding', { number })).map((o) => `${o.user}${o.overdue ? ' (overdue)' : ''}`);

  it('is assigned to named users and to everyone holding a role, once each', async () => {
    const assigned = await t.core.call(tokens.carol!, 'training.assign', { number, users: ['rita'], roles: ['approver'], dueDate: '2026-03-09' });
    expect(assigned).toEqual({ revision: 'A', assigned: ['rita', 'lukasz', 'maria'] });
    expect(await t.core.call(tokens.carol!, 'training.assign', { number, users: ['maria'] })).toEqual({ revision: 'A', assigned: [] });
    expect(await outstanding()).toEqual(['lukasz', 'maria', 'rita']);
    expect((await t.core.call(tokens.rita!, 'tasks.mine', {})).filter((x) => x.kind === 'read-and-understood')).toEqual([{ kind: 'read-and-understood', document: number, title: expect.any(String), revision: 'A', dueDate: '2026-03-09', overdue: false, actionable: true }]);
  });

  it('is acknowledged with a signature (read-and-understood), once', async () => {
    await viewRevision(t.core, tokens.rita!, number, 'effective');
    const signature = await t.core.call(tokens.rita!, 'training.acknowledge', { number, password: userPassword });
    expect(signature).toMatchObject({ meaning: 'read-and-understood', document: number, revision: 'A', signer: { username: 'rita', printedName: 'Rita Reviewer' } });
    expect(await outstanding()).toEqual(['lukasz', 'maria']);
    expect((await t.core.call(tokens.rita!, 'tasks.mine', {})).filter((x) => x.kind === 'read-and-understood')).toEqual([]);
    await expectRefusal(t.core.vault.db, () => t.core.call(tokens.rita!, 'training.acknowledge', { number, password: userPassword }), 'ALREADY_ACKNOWLEDGED', /rita already acknowledged/, new RegExp(number));
    expect((await t.core.call(tokens.carol!, 'signatures.verify', { number })).every((c) => c.valid)).toBe(true);
  });

  it('is refused to someone without the assignment, and cannot be assigned for a revision not yet effective', async () => {
    await expectRefusal(t.core.vault.db, () => t.core.call(tokens.carol!, 'training.acknowledge', { number, password: userPassword }), 'TRAINING_NOT_ASSIGNED', /carol has no read-and-understood assignment/, new RegExp(number));
    const draft = await draftDocument(t, tokens.arun!);
    await expectRefusal(t.core.vault.db, () => t.core.call(tokens.carol!, 'training.assign', { number: draft, users: ['rita'] }), 'REVISION_NOT_EFFECTIVE', new RegExp(draft));
  });

  it('shows who is late once the clock passes the due date', async () => {
    now = new Date('2026-03-10T12:00:00Z');
    expect(await outstanding()).toEqual(['lukasz (overdue)', 'maria (overdue)']);
    await viewRevision(t.core, tokens.maria!, number, 'effective');
    await t.core.call(tokens.maria!, 'training.acknowledge', { number, password: userPassword });
    expect(await outstanding()).toEqual(['lukasz (overdue)']);
  });
});
