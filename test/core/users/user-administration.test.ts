import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestVault, userPassword, type TestVault } from '../../helpers/temp-vault';

// What the administrator's users screen is built on: who is locked, since when and why; who waits for
// a new password; whose key issued after a reset still waits for someone to confirm their identity.
describe('the accounts as an administrator sees them', () => {
  let t: TestVault;
  beforeAll(async () => {
    t = await createTestVault();
    await t.addSignedInUser('lou', 'Lou Locked', ['reader']);
    await t.addSignedInUser('rita', 'Rita Reviewer', ['reviewer']);
    await t.addSignedInUser('carol', 'Carol Controller', ['controller']);
  });
  afterAll(() => t.cleanup());

  const account = async (username: string) => (await t.core.call(t.adminToken, 'users.administration', {})).find((u) => u.username === username)!;

  it('shows a lock with its time and reason, and the attempts counted before it', async () => {
    await t.core.login('lou', 'Wrong-guess-1').catch(() => undefined);
    expect(await account('lou')).toMatchObject({ locked: false, failedAttempts: 1, lockedAt: null, lockReason: null });
    for (let i = 2; i <= 5; i++) await t.core.login('lou', `Wrong-guess-${i}`).catch(() => undefined);
    const lou = await account('lou');
    expect(lou).toMatchObject({ locked: true, failedAttempts: 5, lockReason: '5 failed password attempts' });
    expect(Date.parse(lou.lockedAt!)).toBeGreaterThan(Date.now() - 60_000);
    await t.core.call(t.adminToken, 'users.unlock', { username: 'lou', reason: 'Confirmed by phone' });
    expect(await account('lou')).toMatchObject({ locked: false, failedAttempts: 0, lockedAt: null, lockReason: null });
  });

  it('follows a reset: password pending, then a key awaiting identity confirmation, then confirmed', async () => {
    await t.core.call(t.adminToken, 'users.resetPassword', { username: 'rita', newPassword: 'Reset-by-admin-2026', reason: 'Forgot it' });
    expect(await account('rita')).toMatchObject({ passwordResetPending: true, mustChangePassword: true, keyAwaitingIdentityConfirmation: false });
    const { token } = await t.core.login('rita', 'Reset-by-admin-2026');
    await t.core.call(token, 'session.changePassword', { currentPassword: 'Reset-by-admin-2026', newPassword: 'Chosen-by-her-2026' });
    expect(await account('rita')).toMatchObject({ passwordResetPending: false, keyAwaitingIdentityConfirmation: true });
    const carol = (await t.core.login('carol', userPassword)).token;
    await t.core.call(carol, 'users.confirmIdentity', { username: 'rita', password: userPassword, reason: 'Saw her badge' });
    expect(await account('rita')).toMatchObject({ keyAwaitingIdentityConfirmation: false });
  });

  it('records why an account was opened, and shows a disabled account with its date', async () => {
    await t.core.call(t.adminToken, 'users.add', { username: 'dora', fullName: 'Dora Day', roles: ['reader'], initialPassword: 'Set-by-admin-2026', reason: 'New starter in QA' });
    const [added] = (await t.core.call(t.adminToken, 'audit.page', { action: 'user.added', limit: 1 })).events;
    expect(added).toMatchObject({ subject: 'dora', reason: 'New starter in QA' });
    await t.core.call(t.adminToken, 'users.disable', { username: 'dora', reason: 'Left the company' });
    expect(await account('dora')).toMatchObject({ disabled: true, disabledAt: expect.any(String) });
  });

  it('is for administrators only', async () => {
    const carol = (await t.core.login('carol', userPassword)).token;
    await expect(t.core.call(carol, 'users.administration', {})).rejects.toMatchObject({ code: 'PERMISSION_DENIED' });
  });
});
