import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestVault, userPassword, type TestVault, signInCast } from '../../helpers/temp-vault';
import { expectRefusal, insiderEdits, routedDocument, sign } from '../../helpers/workflow';

// An insider with the sqlite3 tool drops the guarding triggers and edits signed records directly.
// Verification must name each tampered signature; signatures.verify must mark it invalid.
describe('signatures tampered with outside Quire', () => {
  let t: TestVault;
  const tokens: Record<string, string> = {};
  const tampered: number[] = [];

  beforeAll(async () => {
    t = await createTestVault();
    Object.assign(tokens, await signInCast(t, 'arun', 'rita', 'lukasz', 'carol'));
  });
  afterAll(() => t.cleanup());

  /** A document reviewed and approved with comments (one written on Windows, with CRLF line ends). */
  async function approvedWithComments(): Promise<{ number: string; reviewed: number; approved: number }> {
    const number = await routedDocument(t, tokens.arun!, { reviewers: ['rita'], approvers: ['lukasz'] }, { text: `Signed text ${Math.random()}\n` });
    const reviewed = (await sign(t, tokens.rita!, number, 'reviewed', 'Checked steps 1–4.\r\nStep 5 is fine too.')).signature.id;
    const approved = (await sign(t, tokens.lukasz!, number, 'approved', 'Approved.')).signature.id;
    return { number, reviewed, approved };
  }
  const signatureProblems = async () => (await t.core.call(t.adminToken, 'vault.verify', {})).problems.filter((p) => p.kind === 'signature').map((p) => p.message);
  const validity = async (number: string) => Object.fromEntries((await t.core.call(tokens.carol!, 'signatures.verify', { number })).map((c) => [c.id, c.valid]));

  it('starts clean: every signature verifies, comments with Windows line ends included', async () => {
    const { number, reviewed, approved } = await approvedWithComments();
    expect((await t.core.call(t.adminToken, 'vault.verify', {})).problems).toEqual([]);
    expect(await validity(number)).toEqual({ [reviewed]: true, [approved]: true });
  });

  it('a signer’s printed name edited', async () => {
    const { number, reviewed, approved } = await approvedWithComments();
    insiderEdits(t, ['signatures'], `UPDATE signatures SET printed_name = 'Somebody Else' WHERE id = ${approved};`);
    tampered.push(approved);
    expect(await signatureProblems()).toContainEqual(expect.stringMatching(new RegExp(`^Signature ${approved}: .*printed name`)));
    expect(await validity(number)).toEqual({ [reviewed]: true, [approved]: false });
  });

  it('a signature’s comment edited', async () => {
    const { number, reviewed, approved } = await approvedWithComments();
    insiderEdits(t, ['signatures'], `UPDATE signatures SET comment = 'Approved without remarks.' WHERE id = ${approved};`);
    tampered.push(approved);
    expect(await signatureProblems()).toContainEqual(expect.stringMatching(new RegExp(`^Signature ${approved}: .*comment`)));
    expect(await validity(number)).toEqual({ [reviewed]: true, [approved]: false });
  });

  it('a review signature deleted: named, and the approval that chained to it no longer verifies', async () => {
    const { number, reviewed, approved } = await approvedWithComments();
    insiderEdits(t, ['signatures', 'route_tasks'], `UPDATE route_tasks SET signature_id = NULL WHERE signature_id = ${reviewed}; DELETE FROM signatures WHERE id = ${reviewed};`);
    tampered.push(reviewed, approved);
    const problems = await signatureProblems();
    expect(problems).toContainEqual(expect.stringMatching(new RegExp(`^Signature ${reviewed}: .*missing`)));
    expect(problems).toContainEqual(expect.stringMatching(new RegExp(`^Signature ${approved}: .*previous signature`)));
    expect(await validity(number)).toEqual({ [approved]: false });
  });

  it('the last signature on a revision deleted', async () => {
    const { number, reviewed, approved } = await approvedWithComments();
    insiderEdits(t, ['signatures', 'route_tasks'], `UPDATE route_tasks SET signature_id = NULL WHERE signature_id = ${approved}; DELETE FROM signatures WHERE id = ${approved};`);
    tampered.push(approved);
    expect(await signatureProblems()).toContainEqual(expect.stringMatching(new RegExp(`^Signature ${approved}: .*missing`)));
    expect(await validity(number)).toEqual({ [reviewed]: true });
  });

  it('the content of a signed revision edited: its signatures are named, and it cannot be released', async () => {
    const { number, reviewed, approved } = await approvedWithComments();
    insiderEdits(t, ['content_chunks'], `UPDATE content_chunks SET data = CAST('Other words.' AS BLOB) WHERE content_id = (SELECT content_id FROM revisions WHERE id = (SELECT revision_id FROM signatures WHERE id = ${approved}));`);
    tampered.push(reviewed, approved);
    const problems = await signatureProblems();
    for (const id of [reviewed, approved]) expect(problems).toContainEqual(expect.stringMatching(new RegExp(`^Signature ${id}: .*content`)));
    expect(await validity(number)).toEqual({ [reviewed]: false, [approved]: false });
    await expectRefusal(t.core.vault.db, () => t.core.call(tokens.carol!, 'revisions.release', { number, password: userPassword }), 'CONTENT_TAMPERED', new RegExp(number), /changed outside Quire/);
  });

  it('quire verify on the command line names every tampered signature and fails', () => {
    const result = spawnSync(process.execPath, [path.resolve('bin/quire.mjs'), 'verify', t.vaultPath, '--json'], { encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^VAULT_VERIFY_FAILED: /);
    const { error } = JSON.parse(result.stdout) as { error: { code: string; details: { report: { problems: { kind: string; message: string }[] } } } };
    const named = new Set(error.details.report.problems.filter((p) => p.kind === 'signature').map((p) => Number(/^Signature (\d+):/.exec(p.message)?.[1])));
    expect([...named].sort((a, b) => a - b)).toEqual([...new Set(tampered)].sort((a, b) => a - b));
  });
});
