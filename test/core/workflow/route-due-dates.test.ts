import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestVault, signInCast, type TestVault } from '../../helpers/temp-vault';
import { draftDocument, expectRefusal } from '../../helpers/workflow';

// Issue 11, "route checks": a review or approval due date in the past was accepted (and showed Overdue at once).
describe('route due dates', () => {
  let t: TestVault;
  const now = new Date('2026-06-15T10:00:00Z');
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestVault({ now: () => now });
    Object.assign(tokens, await signInCast(t, 'arun', 'rita', 'lukasz'));
  });
  afterAll(() => t.cleanup());

  it('refuses a review or approval due date before today, naming it', async () => {
    const number = await draftDocument(t, tokens.arun!);
    const route = { reviewers: ['rita'], approvers: ['lukasz'] };
    await expectRefusal(t.core.vault.db, () => t.core.call(tokens.arun!, 'revisions.submit', { number, ...route, reviewDueDate: '2026-06-14' }), 'DUE_DATE_PAST', /2026-06-14/);
    await expectRefusal(t.core.vault.db, () => t.core.call(tokens.arun!, 'revisions.submit', { number, ...route, approvalDueDate: '2025-01-01' }), 'DUE_DATE_PAST', /2025-01-01/);
  });

  it('accepts today and later dates', async () => {
    const number = await draftDocument(t, tokens.arun!);
    const routed = await t.core.call(tokens.arun!, 'revisions.submit', { number, reviewers: ['rita'], approvers: ['lukasz'], reviewDueDate: '2026-06-15', approvalDueDate: '2026-06-30' });
    expect(routed.tasks.map((x) => x.dueDate)).toEqual(['2026-06-15', '2026-06-30']);
  });
});
