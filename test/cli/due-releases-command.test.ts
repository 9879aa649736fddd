import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runQuire } from '../helpers/quire-cli';
import { createTestVault, signInCast, userPassword, type TestVault } from '../helpers/temp-vault';
import { approvedDocument } from '../helpers/workflow';

// A release dated today becomes effective when a vault is opened for work: a `quire` command that
// writes asks for due releases first; one that only reads leaves them alone.
describe('quire and releases that have fallen due', () => {
  let t: TestVault;
  let number: string;
  const yesterday = new Date(Date.now() - 24 * 60 * 60 * 1000);
  const today = new Date().toLocaleDateString('sv-SE');
  const states = async () => {
    const show = await runQuire(['doc', 'show', t.vaultPath, number, '--as', 'carol', '--json'], { QUIRE_PASSWORD: userPassword });
    expect(show.code, show.stderr).toBe(0);
    return (JSON.parse(show.stdout) as { revisions: { state: string }[] }).revisions.map((r) => r.state);
  };

  beforeAll(async () => {
    // Released yesterday to become effective today, then closed: the release is due the moment the CLI runs.
    t = await createTestVault({ now: () => yesterday });
    const tokens = await signInCast(t, 'arun', 'rita', 'lukasz', 'carol');
    number = await approvedDocument(t, tokens.arun!, { reviewers: ['rita'], approvers: ['lukasz'] }, tokens);
    await t.core.call(tokens.carol!, 'revisions.release', { number, effectiveDate: today, password: userPassword });
    t.core.close();
  }, 900_000);
  afterAll(() => t.cleanup());

  it('leaves a due release alone for a command that only reads', async () => {
    expect(await states()).toEqual(['approved']);
  });

  it('makes it effective before a command that writes', async () => {
    const update = await runQuire(['doc', 'update', t.vaultPath, number, '--title', 'Line clearance (revised title)', '--reason', 'Clearer title.', '--as', 'carol'], { QUIRE_PASSWORD: userPassword });
    expect(update.code, update.stderr).toBe(0);
    expect(await states()).toEqual(['effective']);
  });
});
