import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLoopbackServer, type LoopbackServer } from '../../electron/serve/start-loopback-server';
import { adminPassword, createTestVault, type TestVault } from '../helpers/temp-vault';
import { cookieOf, httpRequest, pageHeaders } from './http-client';

// A page (or a script posing as one) must not fill the disk with uploads it never imports.
describe('uploads to the loopback host, per session', () => {
  let vault: TestVault;
  let server: LoopbackServer;
  const call = (method: string, input: unknown, cookie: string) => httpRequest(server.port, { path: `/api/${method}`, headers: pageHeaders(server.port, cookie), body: JSON.stringify(input) });
  const upload = (cookie: string, name: string, content: string) =>
    httpRequest(server.port, { path: '/api/upload', headers: { ...pageHeaders(server.port, cookie), 'Content-Type': 'application/octet-stream', 'X-File-Name': encodeURIComponent(name) }, body: content });
  const staged = () => readdirSync(server.staging.root);

  beforeAll(async () => {
    vault = await createTestVault();
    const staticDir = path.join(vault.dir, 'static');
    mkdirSync(staticDir);
    writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Quire</title>');
    server = await startLoopbackServer({ core: vault.core, staticDir, uploadLimits: { files: 3, bytes: 1000 } });
  });
  afterAll(async () => {
    await server?.close();
    vault?.cleanup();
  });

  it('refuses uploads beyond the session’s count and size, and deletes its uploads when it signs out', async () => {
    const login = await httpRequest(server.port, { path: '/api/session.login', headers: pageHeaders(server.port), body: JSON.stringify({ username: 'admin', password: adminPassword }) });
    const cookie = cookieOf(login);
    for (const n of [1, 2, 3]) expect((await upload(cookie, `f${n}.txt`, 'x'.repeat(200))).json().ok).toBe(true);
    const fourth = await upload(cookie, 'f4.txt', 'x');
    expect(fourth.status).toBe(429);
    expect(fourth.json().error).toMatchObject({ code: 'UPLOAD_LIMIT_REACHED' });
    expect(staged()).toHaveLength(3);

    const other = cookieOf(await httpRequest(server.port, { path: '/api/session.login', headers: pageHeaders(server.port), body: JSON.stringify({ username: 'admin', password: adminPassword }) }));
    expect((await upload(other, 'big.txt', 'x'.repeat(1001))).json().error).toMatchObject({ code: 'CONTENT_TOO_LARGE' });
    expect((await upload(other, 'fits.txt', 'x'.repeat(900))).json().ok).toBe(true);
    expect(staged()).toHaveLength(4);

    expect((await call('session.logout', {}, cookie)).json().ok).toBe(true);
    expect(staged()).toHaveLength(1);
    expect((await call('session.logout', {}, other)).json().ok).toBe(true);
    expect(staged()).toEqual([]);
  });
});
