import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestVault, signInCast, userPassword, type TestVault } from '../../helpers/temp-vault';
import { effectiveDocument, expectRefusal } from '../../helpers/workflow';

// Issue 11, "withdrawal is signed blind": the approver must see what is withdrawn (document, revision,
// hash), why and who asked; the document shows the request as pending; nobody can ask twice.
describe('a pending withdrawal, seen by everyone it concerns', () => {
  let t: TestVault;
  const tokens: Record<string, string> = {};
  const reason = 'Line 3 was dismantled; the procedure no longer applies.';
  let number: string;
  let sha256: string;

  beforeAll(async () => {
    t = await createTestVault();
    Object.assign(tokens, await signInCast(t, 'arun', 'rita', 'lukasz', 'carol'));
    number = await effectiveDocument(t, tokens.arun!, { reviewers: ['rita'], approvers: ['lukasz'] }, tokens, tokens.carol!);
    sha256 = (await t.core.call(tokens.carol!, 'documents.get', { number })).revisions[0]!.sha256;
    await t.core.call(tokens.carol!, 'documents.requestWithdrawal', { number, reason });
  });
  afterAll(() => t.cleanup());

  it('the approver’s task names the revision in force, its hash, the reason and the requester', async () => {
    const [task] = (await t.core.call(tokens.lukasz!, 'tasks.mine', {})).filter((x) => x.kind === 'withdrawal');
    expect(task).toMatchObject({ document: number, revision: 'A', sha256, reason, by: { username: 'carol', fullName: 'Carol Controller' }, actionable: true });
  });

  it('the document shows the request as pending and no longer offers to withdraw', async () => {
    const detail = await t.core.call(tokens.carol!, 'documents.get', { number });
    expect(detail.pendingWithdrawal).toEqual({ reason, by: { username: 'carol', fullName: 'Carol Controller' }, at: expect.any(String) });
    expect(detail.acts).not.toContain('requestWithdrawal');
  });

  it('cannot be requested twice: refused with its own code', async () => {
    await expectRefusal(t.core.vault.db, () => t.core.call(tokens.carol!, 'documents.requestWithdrawal', { number, reason: 'Again.' }), 'WITHDRAWAL_ALREADY_PENDING', new RegExp(number));
  });

  it('once approved, nothing is pending any more', async () => {
    await t.core.call(tokens.lukasz!, 'documents.approveWithdrawal', { number, password: userPassword });
    expect((await t.core.call(tokens.carol!, 'documents.get', { number })).pendingWithdrawal).toBeNull();
  });
});
