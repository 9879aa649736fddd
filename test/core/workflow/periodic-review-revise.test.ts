import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestVault, signInCast, userPassword, type TestVault } from '../../helpers/temp-vault';
import { viewRevision } from '../../helpers/view-revision';
import { effectiveDocument, expectRefusal } from '../../helpers/workflow';

// Issue 11: a periodic review either finds no change needed or decides to revise, which starts the
// next draft from the effective text; the next review date is shown on the document.
describe('a periodic review that decides to revise', () => {
  let t: TestVault;
  let now = new Date('2026-03-02T12:00:00Z');
  const tokens: Record<string, string> = {};
  let number: string;

  beforeAll(async () => {
    t = await createTestVault({ now: () => now });
    Object.assign(tokens, await signInCast(t, 'arun', 'rita', 'lukasz', 'carol'));
    number = await effectiveDocument(t, tokens.arun!, { reviewers: ['rita'], approvers: ['lukasz'] }, tokens, tokens.carol!, { reviewIntervalMonths: 12 });
  });
  afterAll(() => t.cleanup());

  it('shows the next review date on the document', async () => {
    expect((await t.core.call(tokens.rita!, 'documents.get', { number })).nextReviewDate).toBe('2027-03-02');
  });

  it('signs the review and starts draft B.1 from the effective content, authored by the reviewer', async () => {
    now = new Date('2027-03-10T09:00:00Z');
    const effective = (await t.core.call(tokens.carol!, 'documents.get', { number })).revisions[0]!;
    await viewRevision(t.core, tokens.carol!, number, 'effective');
    const result = await t.core.call(tokens.carol!, 'reviews.complete', { number, password: userPassword, outcome: 'revise', comment: 'The line moved; the layout needs updating.' });
    expect(result).toMatchObject({ outcome: 'revise', draft: 'B.1', nextReviewDate: '2028-03-10', signature: { meaning: 'periodic-review', revision: 'A' } });
    const detail = await t.core.call(tokens.carol!, 'documents.get', { number });
    expect(detail.revisions.map((r) => `${r.label} ${r.state}`)).toEqual(['A effective', 'B.1 draft']);
    expect(detail.revisions[1]).toMatchObject({ sha256: effective.sha256, author: { username: 'carol' }, changeSummary: 'The line moved; the layout needs updating.' });
    const event = (await t.core.call(tokens.carol!, 'audit.list', {})).findLast((e) => e.action === 'revision.periodic_review_completed')!;
    expect(event.newValue).toMatchObject({ outcome: 'revise', draft: 'B.1' });
    expect((await t.core.call(t.adminToken, 'vault.verify', {})).problems).toEqual([]);
  });

  it('refuses to start a second draft while one is under way', async () => {
    await expectRefusal(t.core.vault.db, () => t.core.call(tokens.carol!, 'reviews.complete', { number, password: userPassword, outcome: 'revise', comment: 'Again.' }), 'REVISION_IN_WORKFLOW', new RegExp(number));
  });
});
