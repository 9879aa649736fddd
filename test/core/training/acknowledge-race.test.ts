import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QuireError } from '../../../shared/errors';
import { createTestVault, signInCast, userPassword, type TestVault } from '../../helpers/temp-vault';
import { viewRevision } from '../../helpers/view-revision';
import { approvedDocument } from '../../helpers/workflow';

// The password check is asynchronous: whatever was checked before it must hold again when the signature is
// written, or two acknowledgements sent at once both sign, and a quiz set meanwhile is skipped.
describe('read-and-understood signatures sent in parallel', () => {
  let t: TestVault;
  const tokens: Record<string, string> = {};
  let number: string;

  beforeAll(async () => {
    t = await createTestVault();
    Object.assign(tokens, await signInCast(t, 'arun', 'rita', 'lukasz', 'carol'));
    tokens.olga = await t.addSignedInUser('olga', 'Olga Operator', ['reader']);
    number = await approvedDocument(t, tokens.arun!, { reviewers: ['rita'], approvers: ['lukasz'] }, tokens);
    await t.core.call(tokens.carol!, 'revisions.release', { number, password: userPassword });
    await t.core.call(tokens.carol!, 'training.assign', { number, users: ['olga'] });
    await viewRevision(t.core, tokens.olga!, number, 'effective');
  }, 600_000);
  afterAll(() => t.cleanup());

  it('record one signature: the second is refused as already acknowledged', async () => {
    const outcomes = await Promise.allSettled([0, 1, 2].map(() => t.core.call(tokens.olga!, 'training.acknowledge', { number, password: userPassword })));
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    for (const o of outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected')) expect((o.reason as QuireError).code).toBe('ALREADY_ACKNOWLEDGED');
    const signatures = t.core.vault.db.prepare("SELECT COUNT(*) FROM signatures s JOIN users u ON u.id = s.user_id WHERE u.username = 'olga' AND s.meaning = 'read-and-understood'").pluck().get();
    expect(signatures).toBe(1);
  });
});
