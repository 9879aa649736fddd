import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changeRevisionState } from '../../../electron/core/documents/change-revision-state';
import { createTestVault, signInCast, type TestVault } from '../../helpers/temp-vault';
import { draftDocument, expectRefusal, noChangeImpact, sign } from '../../helpers/workflow';
import { userPassword } from '../../helpers/temp-vault';
import { viewRevision } from '../../helpers/view-revision';

// Issue 8, point 1: documents.get lists, per revision, the acts the caller may take now — worked out
// in the core from the lifecycle table, the caller's permissions and the route — and the core refuses
// what the list leaves out. The UI shows buttons from this list only.
describe('the acts documents.get offers each user', () => {
  let t: TestVault;
  let u: Record<string, string>;
  let reader: string;
  let number: string;

  beforeAll(async () => {
    t = await createTestVault();
    u = await signInCast(t, 'arun', 'zhang', 'lukasz', 'maria', 'carol');
    reader = await t.addSignedInUser('rhea', 'Rhea Reader', ['reader']);
    number = await draftDocument(t, u.arun!, { title: 'Acts on a procedure' });
  }, 600_000);
  afterAll(() => t.cleanup());

  async function actsOf(token: string) {
    const d = await t.core.call(token, 'documents.get', { number });
    return { newest: d.revisions.at(-1)!.acts, all: d.revisions.map((r) => [r.label, r.acts]), document: d.acts };
  }

  it('on a draft: its author or a controller may submit, cancel or replace it; a reader or an approver without a task does not see it', async () => {
    expect((await actsOf(u.arun!)).newest).toEqual(['submit', 'cancel', 'createDraft', 'replaceContent', 'print']);
    // Readers see the effective revision only, and an approver a draft only once it is on their route:
    // the draft is left out of what documents.get gives them, and with it any act on it.
    for (const token of [reader, u.lukasz!]) {
      const d = await t.core.call(token, 'documents.get', { number });
      expect(d.number).toBe(number);
      expect(d.revisions).toEqual([]);
    }
    expect(await actsOf(u.carol!)).toMatchObject({ newest: ['submit', 'cancel', 'createDraft', 'replaceContent', 'print'], document: ['requestWithdrawal'] });
    await expectRefusal(t.core.vault.db, () => t.core.call(u.lukasz!, 'revisions.cancel', { number, reason: 'Not mine.' }), 'PERMISSION_DENIED');
  });

  it('in review: only the reviewers with a pending task may sign or reject; nobody may start a new draft', async () => {
    await t.core.call(u.arun!, 'revisions.submit', { number, reviewers: ['zhang'], approvers: ['lukasz', 'maria'], approvalMode: 'sequential' });
    expect((await actsOf(u.zhang!)).newest).toEqual(['signReview', 'rejectReview', 'print']);
    expect((await actsOf(u.lukasz!)).newest).toEqual(['print']);
    expect((await actsOf(u.arun!)).newest).toEqual(['cancel', 'print']);
    await expectRefusal(t.core.vault.db, () => t.core.call(u.arun!, 'revisions.createDraft', { impact: noChangeImpact, number, file: { path: t.file('early.txt', 'too early') }, changeSummary: 'Too early.' }), 'REVISION_IN_WORKFLOW');
    await sign(t, u.zhang!, number, 'reviewed');
    expect((await actsOf(u.zhang!)).newest).toEqual(['print']);
  });

  it('in approval: the approver whose turn it is may approve; the next one in sequence must wait', async () => {
    expect((await actsOf(u.lukasz!)).newest).toEqual(['signApproval', 'rejectApproval', 'print']);
    expect((await actsOf(u.maria!)).newest).toEqual(['print']);
    await expectRefusal(t.core.vault.db, () => sign(t, u.maria!, number, 'approved'), 'NOT_YOUR_TURN');
    await sign(t, u.lukasz!, number, 'approved');
    expect((await actsOf(u.maria!)).newest).toEqual(['signApproval', 'rejectApproval', 'print']);
    await sign(t, u.maria!, number, 'approved');
  });

  it('approved: a controller may release it, once; no new draft may start before it takes effect', async () => {
    expect((await actsOf(u.carol!)).newest).toEqual(['release', 'print']);
    expect((await actsOf(u.arun!)).newest).toEqual(['print']);
    await expectRefusal(t.core.vault.db, () => t.core.call(u.arun!, 'revisions.createDraft', { impact: noChangeImpact, number, file: { path: t.file('late.txt', 'before release') }, changeSummary: 'Before release.' }), 'REVISION_IN_WORKFLOW');
    await t.core.call(u.carol!, 'revisions.release', { number, password: userPassword });
    expect((await actsOf(u.carol!)).newest).toEqual(['createDraft', 'print', 'printControlled']);
    expect((await actsOf(reader)).newest).toEqual(['print']);
  });

  it('a withdrawal: once requested, the controller may not ask again, and an approver other than the requester may approve it', async () => {
    await t.core.call(u.carol!, 'documents.requestWithdrawal', { number, reason: 'Replaced by a work instruction.' });
    expect((await actsOf(u.carol!)).document).toEqual([]);
    expect((await actsOf(u.lukasz!)).document).toEqual(['approveWithdrawal']);
    await viewRevision(t.core, u.lukasz!, number, 'effective');
    await t.core.call(u.lukasz!, 'documents.approveWithdrawal', { number, password: userPassword });
    const after = await actsOf(u.carol!);
    expect(after.document).toEqual([]);
    expect(after.newest).toEqual(['print']);
  });

  it('refuses, inside the core, a state change the table does not list, and leaves the revision as it was', async () => {
    const db = t.core.vault.db;
    const fresh = await draftDocument(t, u.arun!, { title: 'Never effective' });
    const id = (await t.core.call(u.arun!, 'documents.get', { number: fresh })).revisions[0]!.id;
    expect(() => db.transaction(() => changeRevisionState(db, id, 'supersede')).immediate()).toThrow(expect.objectContaining({ code: 'REVISION_STATE_CHANGED', message: 'The revision is draft now and cannot become superseded; look at it again.' }));
    expect((db.prepare('SELECT state FROM revisions WHERE id = ?').get(id) as { state: string }).state).toBe('draft');
  });
});
