import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestVault, userPassword, type TestVault, signInCast } from '../../helpers/temp-vault';
import { approvedDocument, expectRefusal, noChangeImpact } from '../../helpers/workflow';
import { viewRevision } from '../../helpers/view-revision';

// Withdrawing a document: a controller asks, with the reason; an approver other than the requester
// signs. The document and its effective revision become obsolete and any open draft is cancelled.
describe('withdrawing a document', () => {
  let t: TestVault;
  const tokens: Record<string, string> = {};
  const route = { reviewers: ['rita'], approvers: ['lukasz'] };

  beforeAll(async () => {
    t = await createTestVault();
    Object.assign(tokens, await signInCast(t, 'arun', 'rita', 'lukasz', 'carol'));
    tokens.cleo = await t.addSignedInUser('cleo', 'Cleo Controller-Approver', ['controller', 'approver']);
  });
  afterAll(() => t.cleanup());

  const db = () => t.core.vault.db;
  async function effectiveWithRevisionInReview(): Promise<string> {
    const number = await approvedDocument(t, tokens.arun!, route, tokens);
    await t.core.call(tokens.carol!, 'revisions.release', { number, password: userPassword });
    await t.core.call(tokens.arun!, 'revisions.createDraft', { impact: noChangeImpact, number, file: { path: t.file(`${number}-b.txt`, 'Revision B, never to be.\n') }, changeSummary: 'New line layout.' });
    await t.core.call(tokens.arun!, 'revisions.submit', { number, ...route });
    return number;
  }

  it('on an approver’s signature: obsolete, with the revision in review cancelled and its tasks closed', async () => {
    const number = await effectiveWithRevisionInReview();
    const reason = 'Line 3 was dismantled; the procedure no longer applies.';
    await expectRefusal(db(), () => t.core.call(tokens.lukasz!, 'documents.approveWithdrawal', { number, password: userPassword }), 'WITHDRAWAL_NOT_PENDING', new RegExp(number));
    expect(await t.core.call(tokens.carol!, 'documents.requestWithdrawal', { number, reason })).toEqual({ document: number, state: 'pending' });
    expect((await t.core.call(tokens.lukasz!, 'tasks.mine', {})).filter((x) => x.kind === 'withdrawal')).toEqual([expect.objectContaining({ document: number, actionable: true })]);

    // Only an approver decides, and only with the right password.
    await expectRefusal(db(), () => t.core.call(tokens.carol!, 'documents.approveWithdrawal', { number, password: userPassword }), 'PERMISSION_DENIED', /carol/, /approve revisions/);
    await viewRevision(t.core, tokens.lukasz!, number, 'effective');
    await expectRefusal(db(), () => t.core.call(tokens.lukasz!, 'documents.approveWithdrawal', { number, password: 'Not-my-password-1' }), 'WRONG_PASSWORD');

    const result = await t.core.call(tokens.lukasz!, 'documents.approveWithdrawal', { number, password: userPassword });
    expect(result).toMatchObject({ document: number, status: 'obsolete', signature: { meaning: 'withdrawn', revision: 'A', comment: reason, signer: { username: 'lukasz' } } });
    const doc = await t.core.call(tokens.arun!, 'documents.get', { number });
    expect(doc.status).toBe('obsolete');
    expect(doc.revisions.map((r) => `${r.label}:${r.state}`)).toEqual(['A:obsolete', 'B.1:cancelled']);
    expect(await t.core.call(tokens.arun!, 'revisions.route', { number })).toMatchObject({ state: 'cancelled', tasks: [{ state: 'closed' }, { state: 'closed' }] });
    expect((await t.core.call(tokens.rita!, 'tasks.mine', {})).filter((x) => x.document === number)).toEqual([]);

    const trail = await t.core.call(tokens.carol!, 'audit.list', {});
    expect(trail.find((e) => e.action === 'document.withdrawal_requested' && e.reason === reason)).toMatchObject({ user: 'carol' });
    expect(trail.find((e) => e.action === 'document.withdrawn')).toMatchObject({ user: 'lukasz', reason, newValue: { document: number, status: 'obsolete', signatureId: result.signature!.id } });

    await expectRefusal(db(), () => t.core.call(tokens.carol!, 'documents.requestWithdrawal', { number, reason: 'Again.' }), 'DOCUMENT_OBSOLETE', new RegExp(`${number} is already obsolete`));
    expect((await t.core.call(tokens.carol!, 'signatures.verify', { number })).every((c) => c.valid)).toBe(true);
  });

  it('not by the person who asked for it', async () => {
    const number = await effectiveWithRevisionInReview();
    await t.core.call(tokens.cleo!, 'documents.requestWithdrawal', { number, reason: 'Replaced by WI-QA-0100.' });
    await expectRefusal(db(), () => t.core.call(tokens.cleo!, 'documents.approveWithdrawal', { number, password: userPassword }), 'SELF_APPROVAL', /asked for a withdrawal cannot also approve it/);
    expect((await t.core.call(tokens.cleo!, 'tasks.mine', {})).filter((x) => x.kind === 'withdrawal' && x.document === number)).toEqual([expect.objectContaining({ actionable: false })]);
  });
});
