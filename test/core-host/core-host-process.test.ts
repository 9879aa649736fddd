import { fork, spawnSync, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminPassword, createTestVault, userPassword, type TestVault } from '../helpers/temp-vault';
import { noChangeImpact } from '../helpers/workflow';

// The bundled core host (what the app runs as a utilityProcess) runs here under plain Node's fork.
const bundle = path.resolve('dist/electron/core-host.mjs');

function startHost(vaultPath: string): { child: ChildProcess; next: () => Promise<Record<string, unknown>> } {
  const child = fork(bundle, [vaultPath], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
  const queue: Record<string, unknown>[] = [];
  const waiting: ((m: Record<string, unknown>) => void)[] = [];
  child.on('message', (m) => {
    const w = waiting.shift();
    if (w) w(m as Record<string, unknown>);
    else queue.push(m as Record<string, unknown>);
  });
  return { child, next: () => (queue.length ? Promise.resolve(queue.shift()!) : new Promise((resolve) => waiting.push(resolve))) };
}

describe('the core host process', () => {
  let t: TestVault;
  beforeAll(async () => {
    const built = spawnSync(process.execPath, ['scripts/build-electron.mjs'], { encoding: 'utf8' });
    expect(built.status, built.stderr).toBe(0);
    t = await createTestVault();
  });
  afterAll(() => t.cleanup());

  it('answers calls per window and never hands out the session token', async () => {
    const { child, next } = startHost(t.vaultPath);
    try {
      expect(await next()).toMatchObject({ kind: 'ready' });
      child.send({ id: 1, kind: 'call', call: { clientId: 'window-1', method: 'session.login', input: { username: 'admin', password: adminPassword } } });
      const login = await next();
      expect(login).toMatchObject({ id: 1, response: { ok: true, result: { user: { username: 'admin' } } } });
      expect(JSON.stringify(login)).not.toMatch(/token/i);

      child.send({ id: 2, kind: 'call', call: { clientId: 'window-1', method: 'users.list', input: {} } });
      expect(await next()).toMatchObject({ id: 2, response: { ok: true } });

      // Another window has no session of its own, whatever it claims.
      child.send({ id: 3, kind: 'call', call: { clientId: 'window-2', method: 'users.list', input: {} } });
      expect(await next()).toMatchObject({ id: 3, response: { ok: false, error: { code: 'NOT_SIGNED_IN' } } });

      // A closed window's session ends with it.
      child.send({ id: 0, kind: 'forget', clientId: 'window-1' });
      child.send({ id: 4, kind: 'call', call: { clientId: 'window-1', method: 'users.list', input: {} } });
      expect(await next()).toMatchObject({ id: 4, response: { ok: false, error: { code: 'NOT_SIGNED_IN' } } });
    } finally {
      child.kill();
    }
  });

  it('compares revisions on its worker thread, as built', async () => {
    const author = await t.addSignedInUser('arun', 'Arun Author', ['author']);
    const doc = await t.core.call(author, 'documents.register', { type: 'WI', department: 'PRD', title: 'Torque', file: { path: t.file('wi-a.txt', 'Set 2.4 N·m.\nCap ten bottles.\n') } });
    await t.core.call(author, 'revisions.createDraft', { impact: noChangeImpact, number: doc.number, file: { path: t.file('wi-b.txt', 'Set 2.5 N·m.\nCap ten bottles.\n') }, changeSummary: 'New torque.' });
    const { child, next } = startHost(t.vaultPath);
    try {
      expect(await next()).toMatchObject({ kind: 'ready' });
      child.send({ id: 1, kind: 'call', call: { clientId: 'w', method: 'session.login', input: { username: 'arun', password: userPassword } } });
      await next();
      child.send({ id: 2, kind: 'call', call: { clientId: 'w', method: 'revisions.compare', input: { number: doc.number, from: 'A.1', to: 'A.2' } } });
      expect(await next()).toMatchObject({ id: 2, response: { ok: true, result: { text: { summary: { changes: 1, wordsAdded: 1, wordsRemoved: 1 } } } } });
    } finally {
      child.kill();
    }
  });

  it('reports a file that is not a vault instead of crashing silently', async () => {
    const notAVault = path.join(t.dir, 'notes.quire');
    writeFileSync(notAVault, 'just some text');
    const { child, next } = startHost(notAVault);
    try {
      expect(await next()).toMatchObject({ kind: 'failed', error: { code: 'NOT_A_VAULT' } });
    } finally {
      child.kill();
    }
  });
});
