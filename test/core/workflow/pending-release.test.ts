import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { revisionBadgeLabel } from '../../../shared/lifecycle';
import { createTestVault, signInCast, userPassword, type TestVault } from '../../helpers/temp-vault';
import { approvedDocument } from '../../helpers/workflow';

// Issue 11, "a pending release is invisible": released with a later effective date, the revision has its
// own badge and date, is not offered for release again, and appears among the controller's tasks.
describe('a release waiting for its effective date', () => {
  let t: TestVault;
  const now = new Date('2026-05-04T12:00:00Z');
  const tokens: Record<string, string> = {};
  let number: string;

  beforeAll(async () => {
    t = await createTestVault({ now: () => now });
    Object.assign(tokens, await signInCast(t, 'arun', 'rita', 'lukasz', 'carol'));
    number = await approvedDocument(t, tokens.arun!, { reviewers: ['rita'], approvers: ['lukasz'] }, tokens);
  });
  afterAll(() => t.cleanup());

  it('is the controller’s task to release once approved', async () => {
    expect((await t.core.call(tokens.carol!, 'tasks.mine', {})).filter((x) => x.kind === 'release')).toEqual([expect.objectContaining({ document: number, revision: 'A', actionable: true })]);
    expect((await t.core.call(tokens.arun!, 'tasks.mine', {})).filter((x) => x.kind === 'release')).toEqual([]);
  });

  it('once released for a later date: its own badge, no second release, waiting among the controller’s tasks', async () => {
    await t.core.call(tokens.carol!, 'revisions.release', { number, password: userPassword, effectiveDate: '2026-06-01' });
    const revision = (await t.core.call(tokens.carol!, 'documents.get', { number })).revisions[0]!;
    expect(revision).toMatchObject({ state: 'approved', effectiveDate: '2026-06-01' });
    expect(revision.acts).not.toContain('release');
    expect(revisionBadgeLabel(revision.state, revision.effectiveDate)).toBe('Released — effective 2026-06-01');
    expect(revisionBadgeLabel('approved', null)).toBe('Approved');
    expect((await t.core.call(tokens.carol!, 'tasks.mine', {})).filter((x) => x.kind === 'release')).toEqual([expect.objectContaining({ document: number, revision: 'A', effectiveDate: '2026-06-01', actionable: false })]);
  });
});
