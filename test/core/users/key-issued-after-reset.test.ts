import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfTextByPage, squash } from '../../helpers/pdf-tools';
import { createTestVault, userPassword, type TestVault } from '../../helpers/temp-vault';
import { auditEventsAfter, lastAuditEventId, routedDocument } from '../../helpers/workflow';
import { viewRevision } from '../../helpers/view-revision';

// An administrator who resets a password knows it, and can sign in first and choose the next one.
// Quire cannot stop that, but it must not hide it: the key issued after a reset is marked, and every
// signature made with it says so until another controller or administrator confirms the identity.
describe('a signing key issued after an administrator reset a password', () => {
  let t: TestVault;
  const tokens: Record<string, string> = {};
  const db = () => t.core.vault.db;
  const keysOf = (username: string) =>
    db().prepare('SELECT k.key_id, k.issued_after_reset, k.identity_confirmed_at, k.retired_at FROM signing_keys k JOIN users u ON u.id = k.user_id WHERE u.username = ? ORDER BY k.id').all(username) as { key_id: string; issued_after_reset: number; identity_confirmed_at: string | null; retired_at: string | null }[];

  beforeAll(async () => {
    t = await createTestVault();
    tokens.arun = await t.addSignedInUser('arun', 'Arun Author', ['author']);
    tokens.zhang = await t.addSignedInUser('zhang', '张伟', ['reviewer']);
    await t.addSignedInUser('lukasz', 'Łukasz Ñúñez', ['approver']);
    tokens.carol = await t.addSignedInUser('carol', 'Carol Controller', ['controller']);
    tokens.rob = await t.addSignedInUser('rob', 'Rob Reader', ['reader']);
  }, 600_000); // five users, each a few scrypt checks: slow on a loaded machine
  afterAll(() => t.cleanup());

  it('is not marked when the user simply changes their own password', async () => {
    expect(keysOf('zhang')).toEqual([expect.objectContaining({ issued_after_reset: 0, retired_at: null })]);
    await t.core.call(tokens.zhang!, 'session.changePassword', { currentPassword: userPassword, newPassword: 'Rotated-pass-2026' });
    await t.core.call(tokens.zhang!, 'session.changePassword', { currentPassword: 'Rotated-pass-2026', newPassword: userPassword });
    expect(keysOf('zhang')).toEqual([expect.objectContaining({ issued_after_reset: 0, retired_at: null })]);
  });

  it('marks the key in the transaction of its audit event, and every signature and printed manifest says so until confirmed', async () => {
    const number = await routedDocument(t, tokens.arun!, { reviewers: ['zhang'], approvers: ['lukasz'] });
    // The administrator resets zhang's password, signs in as zhang first, and sets a password of their own.
    await t.core.call(t.adminToken, 'users.resetPassword', { username: 'zhang', newPassword: 'Reset-by-admin-2026', reason: 'Forgot the password.' });
    const before = lastAuditEventId(db());
    const { token } = await t.core.login('zhang', 'Reset-by-admin-2026');
    await t.core.call(token, 'session.changePassword', { currentPassword: 'Reset-by-admin-2026', newPassword: 'Admin-knows-this-1' });
    const [oldKey, newKey] = keysOf('zhang');
    expect(oldKey).toMatchObject({ issued_after_reset: 0, retired_at: expect.any(String) });
    expect(newKey).toMatchObject({ issued_after_reset: 1, identity_confirmed_at: null, retired_at: null });
    expect(auditEventsAfter(db(), before).find((e) => e.action === 'user.password_changed')).toMatchObject({ newValue: { signingKey: { keyId: newKey!.key_id }, issuedAfterReset: true } });

    await viewRevision(t.core, token, number);
    const { signature } = await t.core.call(token, 'revisions.sign', { number, meaning: 'reviewed', password: 'Admin-knows-this-1' });
    expect(signature.keyIssuedAfterReset).toEqual({ identityConfirmedBy: null, identityConfirmedAt: null });
    const [checked] = await t.core.call(tokens.rob!, 'signatures.verify', { number });
    expect(checked).toMatchObject({ valid: true, keyIssuedAfterReset: { identityConfirmedBy: null } });

    const printed = await t.core.call(tokens.arun!, 'prints.print', { number, mode: 'uncontrolled', destination: path.join(t.dir, 'in-review.pdf') });
    const manifest = squash(pdfTextByPage(printed.path).slice(-printed.manifestPages).join(' '));
    expect(manifest).toContain("password reset; identity NOT confirmed by another controller or administrator");
  });

  it('is confirmed only by another controller or administrator than the user and the one who reset it, password re-entered', async () => {
    const [number] = db().prepare('SELECT d.number FROM signatures s JOIN revisions r ON r.id = s.revision_id JOIN documents d ON d.id = r.document_id ORDER BY s.id DESC LIMIT 1').pluck().all() as string[];
    const confirm = (token: string, password = userPassword) => t.core.call(token, 'users.confirmIdentity', { username: 'zhang', password, reason: 'Met in person, badge checked, signed in in front of me.' });
    const zhang = (await t.core.login('zhang', 'Admin-knows-this-1')).token;
    await expect(confirm(zhang, 'Admin-knows-this-1')).rejects.toMatchObject({ code: 'PERMISSION_DENIED' });
    await expect(confirm(tokens.rob!)).rejects.toMatchObject({ code: 'PERMISSION_DENIED' });
    await expect(confirm(t.adminToken, 'Vault-keeper-2026')).rejects.toMatchObject({ code: 'IDENTITY_CONFIRMER_NOT_INDEPENDENT', message: expect.stringContaining("You reset zhang's password") });
    await expect(confirm(tokens.carol!, 'Not-carols-password-1')).rejects.toMatchObject({ code: 'WRONG_PASSWORD' });
    expect(keysOf('zhang').at(-1)).toMatchObject({ identity_confirmed_at: null });

    const before = lastAuditEventId(db());
    await confirm(tokens.carol!);
    expect(auditEventsAfter(db(), before).filter((e) => e.action !== 'user.password_refused')).toEqual([
      { action: 'user.identity_confirmed', username: 'carol', newValue: expect.objectContaining({ signingKey: keysOf('zhang').at(-1)!.key_id, confirmedBy: 'carol' }), reason: 'Met in person, badge checked, signed in in front of me.' },
    ]);
    const [checked] = await t.core.call(tokens.rob!, 'signatures.verify', { number });
    expect(checked).toMatchObject({ valid: true, keyIssuedAfterReset: { identityConfirmedBy: 'carol', identityConfirmedAt: expect.any(String) } });
    await expect(confirm(tokens.carol!)).rejects.toMatchObject({ code: 'IDENTITY_NOT_CONFIRMABLE', message: expect.stringContaining('already confirmed') });
    // A user with no reset behind their key has nothing to confirm.
    await expect(t.core.call(tokens.carol!, 'users.confirmIdentity', { username: 'arun', password: userPassword, reason: 'x' })).rejects.toMatchObject({ code: 'IDENTITY_NOT_CONFIRMABLE' });
  });

  it('cannot be confirmed before the user has set their own password, nor have its mark removed with sqlite3 through the schema', async () => {
    await t.core.call(t.adminToken, 'users.resetPassword', { username: 'arun', newPassword: 'Reset-again-2026', reason: 'Locked out.' });
    await expect(t.core.call(tokens.carol!, 'users.confirmIdentity', { username: 'arun', password: userPassword, reason: 'x' })).rejects.toMatchObject({ code: 'IDENTITY_NOT_CONFIRMABLE', message: expect.stringContaining('has not set their own password') });
    expect(() => db().prepare("UPDATE signing_keys SET issued_after_reset = 0 WHERE issued_after_reset = 1").run()).toThrow(/stays marked/);
    expect(() => db().prepare('UPDATE signing_keys SET identity_confirmed_at = NULL WHERE identity_confirmed_at IS NOT NULL').run()).toThrow(/never changed/);
  });
});
