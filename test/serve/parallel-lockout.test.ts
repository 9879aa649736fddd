import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLoopbackServer, type LoopbackServer } from '../../electron/serve/start-loopback-server';
import { sqlite3Tool } from '../helpers/sqlite3-tool';
import { createTestVault, userPassword, type TestVault } from '../helpers/temp-vault';
import { routedDocument } from '../helpers/workflow';
import { cookieOf, httpRequest, pageHeaders } from './http-client';
import { viewRevision } from '../helpers/view-revision';

// An attacker who guesses passwords in parallel must not get more tries than the lockout allows,
// nor see the lock undone by the one right guess among them (21 CFR 11.300(d)).
// Each of these runs a dozen scrypt checks at once: minutes on a loaded two-core machine.
const heavy = 600_000;

describe('the lockout under parallel attempts', () => {
  let t: TestVault;
  let server: LoopbackServer;
  const call = (method: string, input: unknown, cookie?: string) =>
    httpRequest(server.port, { path: `/api/${method}`, headers: pageHeaders(server.port, cookie), body: JSON.stringify(input) });
  const account = (username: string) => t.core.vault.db.prepare('SELECT id, failed_attempts, locked_at FROM users WHERE username = ?').get(username) as { id: number; failed_attempts: number; locked_at: string | null };
  const auditActions = (userId: number) => (t.core.vault.db.prepare("SELECT action FROM audit_events WHERE entity_type = 'user' AND entity_id = ? ORDER BY id").pluck().all(String(userId)) as string[]);

  beforeAll(async () => {
    t = await createTestVault();
    const staticDir = path.join(t.dir, 'static');
    mkdirSync(staticDir);
    writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Quire</title>');
    server = await startLoopbackServer({ core: t.core, staticDir });
  });
  afterAll(async () => {
    await server?.close();
    t?.cleanup();
  });

  it('twelve parallel sign-ins through quire serve, eleven wrong and one right, leave the account locked after exactly five failures', async () => {
    await t.addSignedInUser('pat', 'Pat Parallel', ['reader']);
    const passwords = Array.from({ length: 12 }, (_, i) => (i === 6 ? userPassword : `Wrong-guess-${i}x`));
    const answers = await Promise.all(passwords.map((password) => call('session.login', { username: 'pat', password })));

    const pat = account('pat');
    expect(pat.locked_at).not.toBeNull();
    expect(pat.failed_attempts).toBe(5);
    expect(auditActions(pat.id).filter((a) => a === 'user.locked')).toHaveLength(1);
    const codes = answers.map((a) => (a.json().ok ? 'ok' : a.json().error!.code));
    expect(codes.filter((c) => c === 'ok').length).toBeLessThanOrEqual(1);
    // Every wrong guess after the fifth failure is refused as locked, never checked again.
    const wrongCodes = codes.filter((_, i) => i !== 6);
    expect(wrongCodes.filter((c) => c === 'WRONG_PASSWORD').length).toBeLessThanOrEqual(8);
    expect(wrongCodes.filter((c) => c === 'ACCOUNT_LOCKED').length).toBeGreaterThanOrEqual(3);
    // The right guess either lost the race to the lock, or its session ends at once now that the account is locked.
    const right = answers[6]!;
    if (right.json().ok) expect((await call('session.current', {}, cookieOf(right))).json().error?.code).toBe('ACCOUNT_LOCKED');
    else expect(right.json().error).toEqual({ code: 'ACCOUNT_LOCKED', params: {}, message: 'This account is locked after too many failed attempts. Ask an administrator to unlock it.' });
    expect((await call('session.login', { username: 'pat', password: userPassword })).json().error?.code).toBe('ACCOUNT_LOCKED');
  }, heavy);

  it('a lock set while the right password is being checked wins, and the answer does not say the password was right', async () => {
    await t.addSignedInUser('lia', 'Lia Late-lock', ['reader']);
    // The core's own door (what the loopback host calls): by the time dispatch returns its promise the
    // account has been checked as unlocked and scrypt is running.
    const attempt = t.core.dispatch({ token: null, method: 'session.login', input: { username: 'lia', password: userPassword } });
    // Another workstation locks the account meanwhile (spawnSync holds this process until it is done).
    sqlite3Tool(t.vaultPath, `.timeout 10000\nUPDATE users SET failed_attempts = 5, locked_at = '2026-01-01T00:00:00.000Z' WHERE username = 'lia';`);
    const answer = await attempt;
    expect(answer).toEqual({ ok: false, error: { code: 'ACCOUNT_LOCKED', params: {}, message: 'This account is locked after too many failed attempts. Ask an administrator to unlock it.' } });
    expect(account('lia')).toMatchObject({ failed_attempts: 5, locked_at: '2026-01-01T00:00:00.000Z' });
  });

  it('warns before the lock: the wrong-password refusal carries the attempts left once two or fewer remain', async () => {
    await t.addSignedInUser('wes', 'Wes Warned', ['reader']);
    const errors = [];
    for (let i = 0; i < 5; i++) errors.push((await call('session.login', { username: 'wes', password: `Wrong-guess-${i}x` })).json().error as { code: string; message: string; params: { attemptsLeft?: number } });
    expect(errors.map((e) => e.params.attemptsLeft)).toEqual([undefined, undefined, 2, 1, undefined]);
    expect(errors[2]!.message).toBe('The user name or password is wrong. 2 attempts are left before the account is locked.');
    expect(errors[4]!.code).toBe('ACCOUNT_LOCKED');
    // A user name that does not exist counts down and locks the same way, so the answers do not tell names apart.
    const unknown = [];
    for (let i = 0; i < 6; i++) unknown.push((await call('session.login', { username: 'nobody-here', password: `Wrong-guess-${i}x` })).json().error);
    expect(unknown.slice(0, 5)).toEqual(errors);
    expect(unknown[5]).toEqual((await call('session.login', { username: 'wes', password: userPassword })).json().error);
  }, heavy);

  it('twelve parallel signature attempts, eleven wrong and one right, lock the signer after exactly five failures', async () => {
    const author = await t.addSignedInUser('arun', 'Arun Author', ['author']);
    const signer = await t.addSignedInUser('sig', 'Sig Signer', ['reviewer']);
    await t.addSignedInUser('lukasz', 'Łukasz Ñúñez', ['approver']);
    const number = await routedDocument(t, author, { reviewers: ['sig'], approvers: ['lukasz'] });
    await viewRevision(t.core, signer, number);
    const passwords = Array.from({ length: 12 }, (_, i) => (i === 3 ? userPassword : `Wrong-sign-${i}x`));
    const results = await Promise.allSettled(passwords.map((password) => t.core.call(signer, 'revisions.sign', { number, meaning: 'reviewed', password })));

    const sig = account('sig');
    expect(sig.locked_at).not.toBeNull();
    expect(sig.failed_attempts).toBe(5);
    expect(auditActions(sig.id).filter((a) => a === 'user.locked')).toHaveLength(1);
    const signatures = t.core.vault.db.prepare('SELECT count(*) FROM signatures WHERE user_id = ?').pluck().get(sig.id) as number;
    expect(signatures).toBe(results.filter((r) => r.status === 'fulfilled').length);
    expect(signatures).toBeLessThanOrEqual(1);
    if (signatures === 1) {
      // A signature that got in was stored before the lock, never after it.
      const order = t.core.vault.db.prepare("SELECT action FROM audit_events WHERE action IN ('revision.signed', 'user.locked') AND username = 'sig' ORDER BY id").pluck().all();
      expect(order).toEqual(['revision.signed', 'user.locked']);
    }
  }, heavy);
});
