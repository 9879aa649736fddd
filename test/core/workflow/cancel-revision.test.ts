import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestVault, type TestVault, signInCast } from '../../helpers/temp-vault';
import { approvedDocument, draftDocument, expectRefusal, routedDocument } from '../../helpers/workflow';

// Cancelling a draft or a revision in review: it stays in the history, marked cancelled, with the reason.
describe('cancelling a revision', () => {
  let t: TestVault;
  const tokens: Record<string, string> = {};
  const route = { reviewers: ['rita'], approvers: ['lukasz'] };

  beforeAll(async () => {
    t = await createTestVault();
    Object.assign(tokens, await signInCast(t, 'arun', 'rita', 'lukasz'));
  });
  afterAll(() => t.cleanup());

  const history = async (number: string) => (await t.core.call(tokens.arun!, 'documents.get', { number })).revisions.map((r) => `${r.label}:${r.state}`);

  it('a draft stays in the history as cancelled, with who and why in the audit trail', async () => {
    const number = await draftDocument(t, tokens.arun!);
    expect(await t.core.call(tokens.arun!, 'revisions.cancel', { number, reason: 'Duplicate of SOP-QA-0002.' })).toEqual({ revision: 'A.1', state: 'cancelled' });
    expect(await history(number)).toEqual(['A.1:cancelled']);
    const event = (await t.core.call(t.adminToken, 'audit.list', {})).findLast((e) => e.action === 'revision.cancelled')!;
    expect(event).toMatchObject({ user: 'arun', reason: 'Duplicate of SOP-QA-0002.', newValue: { document: number, label: 'A.1', state: 'cancelled' } });
  });

  it('a revision in review: its route is cancelled and its tasks closed', async () => {
    const number = await routedDocument(t, tokens.arun!, route);
    await t.core.call(tokens.arun!, 'revisions.cancel', { number, reason: 'Superseded by a corporate SOP.' });
    expect(await history(number)).toEqual(['A.1:cancelled']);
    expect(await t.core.call(tokens.arun!, 'revisions.route', { number })).toMatchObject({ state: 'cancelled', tasks: [{ state: 'closed' }, { state: 'closed' }] });
    expect(await t.core.call(tokens.rita!, 'tasks.mine', {})).toEqual([]);
  });

  it('is refused once the revision is approved, and for anyone who may not draft', async () => {
    const approved = await approvedDocument(t, tokens.arun!, route, tokens);
    await expectRefusal(t.core.vault.db, () => t.core.call(tokens.arun!, 'revisions.cancel', { number: approved, reason: 'Too late.' }), 'REVISION_NOT_DRAFT', new RegExp(`${approved} cannot be cancelled`), /approved/);
    const draft = await draftDocument(t, tokens.arun!);
    await expectRefusal(t.core.vault.db, () => t.core.call(tokens.rita!, 'revisions.cancel', { number: draft, reason: 'Not mine.' }), 'PERMISSION_DENIED', /rita/);
  });
});
