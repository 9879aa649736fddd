import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QuireError } from '../../../shared/errors';
import { QuireCore } from '../../../electron/core/quire-core';
import { sqlite3Tool } from '../../helpers/sqlite3-tool';
import { createTestVault, userPassword, type TestVault } from '../../helpers/temp-vault';

const refusal = (promise: Promise<unknown>) => promise.then(() => { throw new Error('expected a refusal'); }, (error: QuireError) => error);

describe('user accounts', () => {
  let vault: TestVault;
  beforeAll(async () => {
    vault = await createTestVault();
  });
  afterAll(() => vault.cleanup());

  const auditOf = async (userId: number) => (await vault.core.call(vault.adminToken, 'audit.list', { entityType: 'user', entityId: String(userId) })).map((e) => [e.action, e.newValue]);

  it('locks an account after 5 wrong passwords, audits each failure, ends its session, and lets an admin unlock it', async () => {
    const session = await vault.addSignedInUser('lou', 'Lou Locked', ['reader']);
    const lou = (await vault.core.call(session, 'session.current', {})).user;
    const attempts = [];
    for (let i = 0; i < 5; i++) attempts.push(await refusal(vault.core.login('lou', `Wrong-guess-${i}`)));
    expect(attempts.map((e) => e.code)).toEqual(['WRONG_PASSWORD', 'WRONG_PASSWORD', 'WRONG_PASSWORD', 'WRONG_PASSWORD', 'ACCOUNT_LOCKED']);
    expect(attempts[4]!.message).toContain('locked until an administrator unlocks it');

    expect((await refusal(vault.core.login('lou', userPassword))).code).toBe('ACCOUNT_LOCKED');
    expect((await refusal(vault.core.call(session, 'documents.list', {}))).code).toBe('ACCOUNT_LOCKED');
    const trail = await auditOf(lou.id);
    expect(trail.filter(([action]) => action === 'user.password_refused')).toEqual([
      ...[1, 2, 3, 4, 5].map((n) => ['user.password_refused', { purpose: 'sign-in', why: 'wrong password', failedAttempts: n }]),
      ['user.password_refused', { purpose: 'sign-in', why: 'account locked' }],
    ]);
    expect(trail.filter(([action]) => action === 'user.locked')).toHaveLength(1);

    await vault.core.call(vault.adminToken, 'users.unlock', { username: 'lou', reason: 'Confirmed by phone' });
    const { token } = await vault.core.login('lou', userPassword);
    expect((await vault.core.call(token, 'session.current', {})).user).toMatchObject({ locked: false });
    expect((await auditOf(lou.id)).some(([action]) => action === 'user.unlocked')).toBe(true);
  });

  it('answers an unknown user name exactly like a wrong password, and audits it', async () => {
    const error = await refusal(vault.core.login('nobody', 'Whatever-2026'));
    expect(error.code).toBe('WRONG_PASSWORD');
    const events = await vault.core.call(vault.adminToken, 'audit.list', { entityType: 'user' });
    expect(events.at(-1)).toMatchObject({ action: 'user.password_refused', user: 'nobody', newValue: { why: 'unknown user name' } });
  });

  it('makes a user change a password an administrator set before doing anything else', async () => {
    await vault.core.call(vault.adminToken, 'users.add', { username: 'nina', fullName: 'Nina New', roles: ['reader'], initialPassword: 'Set-by-admin-2026' });
    const { token, user } = await vault.core.login('nina', 'Set-by-admin-2026');
    expect(user.mustChangePassword).toBe(true);
    for (const [method, input] of [['documents.list', {}], ['users.list', {}], ['vault.settings', {}]] as const) {
      expect((await refusal(vault.core.call(token, method, input))).code, method).toBe('PASSWORD_CHANGE_REQUIRED');
    }
    expect((await vault.core.call(token, 'session.current', {})).user.username).toBe('nina');
    expect((await refusal(vault.core.call(token, 'session.changePassword', { currentPassword: 'Set-by-admin-2026', newPassword: 'short' }))).code).toBe('PASSWORD_TOO_WEAK');
    await vault.core.call(token, 'session.changePassword', { currentPassword: 'Set-by-admin-2026', newPassword: 'Chose-this-myself-1' });
    expect(await vault.core.call(token, 'documents.list', {})).toMatchObject({ documents: expect.any(Array) });
  });

  it('never deletes or renames a user, even through the vault connection, and never hands a name out again', async () => {
    const db = vault.core.vault.db;
    expect(() => db.prepare("DELETE FROM users WHERE username = 'nina'").run()).toThrow('Users are never deleted; disable them instead.');
    expect(() => db.prepare("UPDATE users SET username = 'nina2' WHERE username = 'nina'").run()).toThrow('Users are never renamed.');
    const disabled = await vault.core.call(vault.adminToken, 'users.disable', { username: 'nina', reason: 'Left the company' });
    expect(disabled.disabled).toBe(true);
    expect((await refusal(vault.core.call(vault.adminToken, 'users.add', { username: 'NINA', fullName: 'Another Nina', roles: ['reader'], initialPassword: 'Another-start-2026' }))).code).toBe('USER_EXISTS');
    expect((await refusal(vault.core.login('nina', 'Chose-this-myself-1'))).code).toBe('ACCOUNT_DISABLED');
    expect((await vault.core.call(vault.adminToken, 'users.list', {})).map((u) => u.username)).toContain('nina');
  });

  it('refuses to disable the last active administrator', async () => {
    expect((await refusal(vault.core.call(vault.adminToken, 'users.disable', { username: 'admin', reason: 'Oops' }))).code).toBe('LAST_ADMIN');
  });

  it('never reuses a user id, even after an insider deletes the newest user with the sqlite3 tool', async () => {
    const newest = Math.max(...(await vault.core.call(vault.adminToken, 'users.list', {})).map((u) => u.id));
    vault.core.close();
    sqlite3Tool(vault.vaultPath, `DROP TRIGGER users_never_deleted; DELETE FROM user_roles WHERE user_id = ${newest}; DELETE FROM users WHERE id = ${newest};`);
    const core = QuireCore.open(vault.vaultPath);
    try {
      const { token } = await core.login('admin', 'Vault-keeper-2026');
      const added = await core.call(token, 'users.add', { username: 'omar', fullName: 'Omar Later', roles: ['reader'], initialPassword: 'First-day-start-2026' });
      expect(added.id).toBe(newest + 1);
    } finally {
      core.close();
    }
  });
});
