import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestVault, userPassword, type TestVault, signInCast } from '../../helpers/temp-vault';
import { expectRefusal, routedDocument } from '../../helpers/workflow';
import { viewRevision } from '../../helpers/view-revision';

// A signing key is unlocked only by a password its owner chose (21 CFR 11.100, 11.300): a user's own
// password change keeps the key, an administrator's reset retires it, and an administrator who knows a
// password they set cannot sign with it.
describe('signing keys follow the user’s own password', () => {
  let t: TestVault;
  const tokens: Record<string, string> = {};
  const adminChosen = 'Admin-chosen-2026';

  beforeAll(async () => {
    t = await createTestVault();
    Object.assign(tokens, await signInCast(t, 'arun', 'rita', 'lukasz'));
  });
  afterAll(() => t.cleanup());

  const db = () => t.core.vault.db;
  const keysOf = (username: string) =>
    db().prepare('SELECT k.key_id, k.encrypted_private_key, k.retired_at FROM signing_keys k JOIN users u ON u.id = k.user_id WHERE u.username = ? ORDER BY k.id').all(username) as { key_id: string; encrypted_private_key: string; retired_at: string | null }[];
  const signAs = async (token: string, number: string, password: string) => {
    await viewRevision(t.core, token, number);
    return t.core.call(token, 'revisions.sign', { number, meaning: 'reviewed', password });
  };

  it('a user’s own password change keeps the same key pair, re-wrapped under the new password', async () => {
    const [before] = keysOf('lukasz');
    await t.core.call(tokens.lukasz!, 'session.changePassword', { currentPassword: userPassword, newPassword: 'Harbour-own-2027' });
    const after = keysOf('lukasz');
    expect(after).toHaveLength(1);
    expect(after[0]).toMatchObject({ key_id: before!.key_id, retired_at: null });
    expect(after[0]!.encrypted_private_key).not.toBe(before!.encrypted_private_key);
    await t.core.call(tokens.lukasz!, 'session.changePassword', { currentPassword: 'Harbour-own-2027', newPassword: userPassword });
    expect(keysOf('lukasz').map((k) => k.key_id)).toEqual([before!.key_id]);
  });

  it('an administrator’s reset retires the key; old signatures still verify; the user signs again only with a new key after choosing a password', async () => {
    const first = await routedDocument(t, tokens.arun!, { reviewers: ['rita'], approvers: ['lukasz'] });
    const old = (await signAs(tokens.rita!, first, userPassword)).signature;
    const [oldKey] = keysOf('rita');
    expect(old.keyId).toBe(oldKey!.key_id);

    const reset = await t.core.call(t.adminToken, 'users.resetPassword', { username: 'rita', newPassword: adminChosen, reason: 'Forgot her password (ticket 4411).' });
    expect(reset.mustChangePassword).toBe(true);
    expect(keysOf('rita')).toEqual([expect.objectContaining({ key_id: oldKey!.key_id, retired_at: expect.any(String) })]);
    const trail = await t.core.call(t.adminToken, 'audit.list', { entityType: 'user' });
    expect(trail.at(-1)).toMatchObject({ action: 'user.password_reset', user: 'admin', reason: 'Forgot her password (ticket 4411).', newValue: { mustChangePassword: true, signingKeysRetired: 1 } });

    // Neither rita's open session nor the administrator signing in with the password they chose can sign.
    const second = await routedDocument(t, tokens.arun!, { reviewers: ['rita'], approvers: ['lukasz'] });
    await expectRefusal(db(), () => signAs(tokens.rita!, second, adminChosen), 'PASSWORD_CHANGE_REQUIRED', /set by an administrator/);
    const { token: adminAsRita } = await t.core.login('rita', adminChosen);
    await expectRefusal(db(), () => signAs(adminAsRita, second, adminChosen), 'PASSWORD_CHANGE_REQUIRED', /change it/);

    // Rita sets her own password: a new key pair, and her signature uses it.
    await t.core.call(adminAsRita, 'session.changePassword', { currentPassword: adminChosen, newPassword: 'Meadow-own-2026!' });
    const keys = keysOf('rita');
    expect(keys).toHaveLength(2);
    expect(keys[1]).toMatchObject({ retired_at: null });
    expect(keys[1]!.key_id).not.toBe(oldKey!.key_id);
    const fresh = (await signAs(adminAsRita, second, 'Meadow-own-2026!')).signature;
    expect(fresh.keyId).toBe(keys[1]!.key_id);

    const checks = await t.core.call(tokens.arun!, 'signatures.verify', {});
    expect(checks.filter((c) => c.signer.username === 'rita').map((c) => [c.keyId, c.valid])).toEqual([[oldKey!.key_id, true], [keys[1]!.key_id, true]]);
  });

  it('an administrator who set a new user’s initial password cannot sign as them before they choose their own', async () => {
    const initial = 'Initial-known-2026';
    await t.core.call(t.adminToken, 'users.add', { username: 'nina', fullName: 'Nina New', roles: ['reviewer'], initialPassword: initial });
    expect(keysOf('nina')).toEqual([]);
    const number = await routedDocument(t, tokens.arun!, { reviewers: ['nina'], approvers: ['lukasz'] });
    const { token: adminAsNina } = await t.core.login('nina', initial);
    await expectRefusal(db(), () => signAs(adminAsNina, number, initial), 'PASSWORD_CHANGE_REQUIRED', /set by an administrator/);
    expect(keysOf('nina')).toEqual([]);
  });
});
