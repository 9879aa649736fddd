import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestVault, userPassword, type TestVault, signInCast } from '../../helpers/temp-vault';
import { approvedDocument, draftDocument, expectRefusal } from '../../helpers/workflow';
import { viewRevision } from '../../helpers/view-revision';

// Periodic review (ISO 9001 §7.5.2, Annex 11 §11): the effective revision falls due one review interval
// after it became effective; its owner signs that no change is needed, and the next date moves on.
describe('periodic review of an effective revision', () => {
  let t: TestVault;
  let now = new Date('2026-03-02T12:00:00Z');
  const tokens: Record<string, string> = {};
  let number: string;

  beforeAll(async () => {
    t = await createTestVault({ now: () => now });
    Object.assign(tokens, await signInCast(t, 'arun', 'rita', 'lukasz', 'carol'));
    number = await approvedDocument(t, tokens.arun!, { reviewers: ['rita'], approvers: ['lukasz'] }, tokens, { reviewIntervalMonths: 12 });
    await t.core.call(tokens.carol!, 'revisions.release', { number, password: userPassword });
  });
  afterAll(() => t.cleanup());

  const due = (withinDays?: number) => t.core.call(tokens.carol!, 'reviews.due', withinDays === undefined ? {} : { withinDays });

  it('is listed when due within the window, and as overdue once the date has passed', async () => {
    expect(await due()).toEqual([]);
    now = new Date('2027-02-10T12:00:00Z');
    expect(await due()).toEqual([{ document: number, title: expect.any(String), revision: 'A', owner: 'arun', nextReviewDate: '2027-03-02', overdue: false }]);
    expect(await due(7)).toEqual([]);
    now = new Date('2027-03-05T12:00:00Z');
    expect(await due(0)).toEqual([expect.objectContaining({ document: number, overdue: true })]);
  });

  it('is completed by the owner’s signature (periodic-review), moving the next review one interval on from today', async () => {
    await expectRefusal(t.core.vault.db, () => t.core.call(tokens.rita!, 'reviews.complete', { number, password: userPassword }), 'PERMISSION_DENIED', /Only the owner/, new RegExp(number), /arun/);
    await viewRevision(t.core, tokens.arun!, number, 'effective');
    const result = await t.core.call(tokens.arun!, 'reviews.complete', { number, password: userPassword, comment: 'Still matches the line.' });
    expect(result).toMatchObject({ nextReviewDate: '2028-03-05', signature: { meaning: 'periodic-review', revision: 'A', signer: { username: 'arun' }, comment: 'Still matches the line.', signedAt: now.toISOString() } });
    expect(await due(0)).toEqual([]);
    const event = (await t.core.call(tokens.carol!, 'audit.list', {})).findLast((e) => e.action === 'revision.periodic_review_completed')!;
    expect(event).toMatchObject({ user: 'arun', reason: 'Still matches the line.', oldValue: { nextReviewDate: '2027-03-02' }, newValue: { nextReviewDate: '2028-03-05' } });
    expect((await t.core.call(tokens.carol!, 'signatures.verify', { number })).every((c) => c.valid)).toBe(true);
  });

  it('is refused for a document with no effective revision', async () => {
    const draft = await draftDocument(t, tokens.arun!);
    await expectRefusal(t.core.vault.db, () => t.core.call(tokens.arun!, 'reviews.complete', { number: draft, password: userPassword }), 'REVISION_NOT_EFFECTIVE', new RegExp(`${draft} has no effective revision`));
  });
});
