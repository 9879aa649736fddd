import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDocumentTeam, registerEffectiveDocument, type DocumentTeam } from '../helpers/document-team';
import { runQuire } from '../helpers/quire-cli';
import { adminPassword, createTestVault, userPassword, type TestVault } from '../helpers/temp-vault';
import { viewRevision } from '../helpers/view-revision';
import { noChangeImpact } from '../helpers/workflow';

// The same duties and the same reader's view through the quire command, as a script would meet them.
describe('quire keeps duties apart and readers to what is in force', () => {
  let t: TestVault;
  let team: DocumentTeam;
  let number: string;
  const as = (user: string, password = userPassword) => ({ args: ['--as', user], env: { QUIRE_PASSWORD: password } });
  const quire = (args: string[], who: { args: string[]; env: Record<string, string> }) => runQuire([...args, ...who.args], who.env);

  beforeAll(async () => {
    t = await createTestVault();
    team = await addDocumentTeam(t);
    await t.addSignedInUser('vera', 'Vera Both', ['reviewer', 'approver']);
    number = await registerEffectiveDocument(t, team, 'Goods receipt', t.file('goods-a.txt', 'Receive goods at dock 3.\n'));
    await t.core.call(team.author, 'revisions.createDraft', { impact: noChangeImpact, number, file: { path: t.file('goods-b.txt', 'Receive goods at dock 4.\n') }, changeSummary: 'Dock moved.' });
  }, 600_000); // six users and a release: many scrypt checks, slow on a loaded machine
  afterAll(() => t.cleanup());

  it('refuses an administrator their own roles, and one person as both reviewer and approver', async () => {
    const roles = await quire(['user', 'roles', t.vaultPath, 'admin', '--roles', 'admin,approver', '--reason', 'Approving today.'], as('admin', adminPassword));
    expect(roles.code).toBe(1);
    expect(roles.stderr).toMatch(/^OWN_ROLES_UNCHANGEABLE: admin cannot change their own roles/);
    const submit = await quire(['rev', 'submit', t.vaultPath, number, '--reviewers', 'vera', '--approvers', 'vera'], as('arun'));
    expect(submit.code).toBe(1);
    expect(submit.stderr).toMatch(/^DUTIES_NOT_SEPARATED: vera cannot both review and approve/);
  });

  it('refuses a reader the draft in print and diff, and prints the effective revision', async () => {
    const print = await quire(['print', t.vaultPath, number, '--rev', 'B.1', '--uncontrolled', '--out', path.join(t.dir, 'draft.pdf')], as('rhea'));
    expect(print.code).toBe(1);
    expect(print.stderr).toMatch(new RegExp(`^REVISION_NOT_VISIBLE: ${number} B\\.1 is draft: rhea sees only the revision in force, A\\.`));
    const diff = await quire(['diff', t.vaultPath, number, 'A', 'B.1'], as('rhea'));
    expect(diff.code).toBe(1);
    expect(diff.stderr).toMatch(/^REVISION_NOT_VISIBLE: /);
    const effective = await quire(['print', t.vaultPath, number, '--uncontrolled', '--out', path.join(t.dir, 'effective.pdf'), '--json'], as('rhea'));
    expect(effective.code).toBe(0);
    expect(JSON.parse(effective.stdout)).toMatchObject({ revision: 'A', revisionState: 'effective' });
  });

  it('says in signatures verify that a key was issued after a password reset, until another controller confirms the identity', async () => {
    await t.core.call(t.adminToken, 'users.resetPassword', { username: 'zhang', newPassword: 'Reset-by-admin-2026', reason: 'Forgot it.' });
    const { token } = await t.core.login('zhang', 'Reset-by-admin-2026');
    await t.core.call(token, 'session.changePassword', { currentPassword: 'Reset-by-admin-2026', newPassword: 'Admin-knows-this-1' });
    await t.core.call(team.author, 'revisions.submit', { number, reviewers: ['zhang'], approvers: ['lukasz'] });
    await viewRevision(t.core, token, number);
    await t.core.call(token, 'revisions.sign', { number, meaning: 'reviewed', password: 'Admin-knows-this-1' });

    const unconfirmed = await quire(['signatures', 'verify', t.vaultPath, number], as('rhea'));
    expect(unconfirmed.code).toBe(0);
    expect(unconfirmed.stdout).toMatch(/reviewed by 张伟 \(zhang\).*\[signing key issued after an administrator's password reset; identity NOT confirmed by another controller or administrator\]/);

    const byResetter = await quire(['user', 'confirm-identity', t.vaultPath, 'zhang', '--reason', 'Trust me.'], as('admin', adminPassword));
    expect(byResetter.stderr).toMatch(/^IDENTITY_CONFIRMER_NOT_INDEPENDENT: /);
    const confirmed = await quire(['user', 'confirm-identity', t.vaultPath, 'zhang', '--reason', 'Met in person; badge 4711 checked.'], as('carol'));
    expect(confirmed).toMatchObject({ code: 0, stderr: '' });
    const after = await quire(['signatures', 'verify', t.vaultPath, number], as('rhea'));
    expect(after.stdout).toMatch(/identity confirmed by carol on \d{4}-\d\d-\d\d/);
    expect(after.stdout).not.toContain('NOT confirmed');
  });
});
