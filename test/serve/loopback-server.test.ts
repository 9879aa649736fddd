import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLoopbackServer, type LoopbackServer } from '../../electron/serve/start-loopback-server';
import { createTestVault, userPassword, type TestVault } from '../helpers/temp-vault';
import { cookieOf, httpRequest, pageHeaders } from './http-client';
import type { SerializedQuireError } from '../../shared/errors';
import { errorMessage } from '../../shared/messages';

describe('the loopback host', () => {
  let vault: TestVault;
  let server: LoopbackServer;
  let port: number;

  const call = (method: string, input: unknown, cookie?: string, headers?: Record<string, string>) =>
    httpRequest(port, { path: `/api/${method}`, headers: { ...pageHeaders(port, cookie), ...headers }, body: JSON.stringify(input) });
  const signIn = async (username: string, password = userPassword) => {
    const answer = await call('session.login', { username, password });
    expect(answer.json().ok).toBe(true);
    return cookieOf(answer);
  };
  const upload = (cookie: string, name: string, content: string) =>
    httpRequest(port, { path: '/api/upload', headers: { ...pageHeaders(port, cookie), 'Content-Type': 'application/octet-stream', 'X-File-Name': encodeURIComponent(name) }, body: content });

  beforeAll(async () => {
    vault = await createTestVault();
    await vault.addSignedInUser('arun', 'Arun Author', ['author']);
    await vault.addSignedInUser('rita', 'Rita Reader', ['reader']);
    const staticDir = path.join(vault.dir, 'static');
    mkdirSync(staticDir);
    writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Quire</title>');
    server = await startLoopbackServer({ core: vault.core, staticDir });
    port = server.port;
  });
  afterAll(async () => {
    await server?.close();
    vault?.cleanup();
  });

  it('listens on 127.0.0.1 only and refuses any other bind address', async () => {
    expect(server.url).toBe(`http://127.0.0.1:${port}/`);
    await expect(startLoopbackServer({ core: vault.core, staticDir: vault.dir, host: '0.0.0.0' })).rejects.toThrow(/127\.0\.0\.1 only/);
  });

  it('serves the renderer with a strict content security policy', async () => {
    const page = await httpRequest(port, { method: 'GET', path: '/register', headers: { Host: `127.0.0.1:${port}` } });
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>Quire</title>');
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    const traversal = await httpRequest(port, { method: 'GET', path: '/../../etc/passwd', headers: { Host: `127.0.0.1:${port}` } });
    expect(traversal.body).toContain('<title>Quire</title>');
  });

  it('puts the session token in an HttpOnly, SameSite=Strict cookie and never in the body', async () => {
    const answer = await call('session.login', { username: 'arun', password: userPassword });
    const setCookie = answer.headers['set-cookie']?.[0] ?? '';
    expect(setCookie).toMatch(new RegExp(`^quire_session_${port}=[A-Za-z0-9_-]{20,};`));
    expect(setCookie).toContain('HttpOnly');
    expect(setCookie).toContain('SameSite=Strict');
    expect(answer.json()).toEqual({ ok: true, result: { user: expect.objectContaining({ username: 'arun', fullName: 'Arun Author' }) } });
    expect(answer.body).not.toContain(setCookie.split(';')[0]!.split('=')[1]!);

    const cookie = cookieOf(answer);
    expect((await call('session.current', {}, cookie)).json().ok).toBe(true);
    const logout = await call('session.logout', {}, cookie);
    expect(logout.headers['set-cookie']?.[0]).toContain('Max-Age=0');
    expect((await call('session.current', {}, cookie)).json().error?.code).toBe('NOT_SIGNED_IN');
  });

  it('answers a wrong password with the core sentence and sets no cookie', async () => {
    const answer = await call('session.login', { username: 'rita', password: 'not-it' });
    expect(answer.json().error).toEqual({ code: 'WRONG_PASSWORD', params: {}, message: 'The user name or password is wrong.' });
    expect(answer.headers['set-cookie']).toBeUndefined();
  });

  it('refuses API calls without a session cookie', async () => {
    expect((await call('documents.list', {})).json().error?.code).toBe('NOT_SIGNED_IN');
  });

  it('refuses calls without the X-Quire header, from a foreign origin or to a foreign host name', async () => {
    const cookie = await signIn('arun');
    const noHeader = await httpRequest(port, { path: '/api/documents.list', headers: { ...pageHeaders(port, cookie), 'X-Quire': '' }, body: '{}' });
    expect(noHeader.status).toBe(403);
    expect(noHeader.json().error?.code).toBe('PERMISSION_DENIED');
    const foreign = await call('documents.list', {}, cookie, { Origin: 'http://evil.example' });
    expect(foreign.status).toBe(403);
    const crossSite = await call('documents.list', {}, cookie, { 'Sec-Fetch-Site': 'cross-site' });
    expect(crossSite.status).toBe(403);
    const rebinding = await call('documents.list', {}, cookie, { Host: `evil.example:${port}`, Origin: `http://evil.example:${port}` });
    expect(rebinding.status).toBe(403);
    expect((await call('documents.list', {}, cookie)).json().ok).toBe(true);
  });

  it('caps the JSON body and never echoes a stack trace', async () => {
    const cookie = await signIn('arun');
    const big = await call('documents.list', { search: 'x'.repeat(300_000) }, cookie);
    expect(big.status).toBe(413);
    const broken = await httpRequest(port, { path: '/api/documents.list', headers: pageHeaders(port, cookie), body: '{not json' });
    expect(broken.json().error).toEqual({ code: 'INVALID_INPUT', params: { problem: 'not-json' }, message: 'The request is not valid JSON.' });
    const unknown = await call('no.such', {}, cookie);
    expect(unknown.json().error?.code).toBe('UNKNOWN_METHOD');
    expect(unknown.body).not.toMatch(/at .*\.ts:\d+/);
  });

  it('refuses a file path from the browser that is not in its staging folder', async () => {
    const cookie = await signIn('arun');
    const outside = vault.file('secret.txt', 'a file the page must not import');
    const answer = await call('documents.register', { type: 'SOP', department: 'QA', title: 'Sneaky', file: { path: outside } }, cookie);
    expect(answer.json().error).toEqual({ code: 'INVALID_INPUT', params: { problem: 'upload-again' }, message: expect.stringMatching(/only files uploaded through this page/) });
    const traversal = await call('documents.register', { type: 'SOP', department: 'QA', title: 'Sneaky', file: { path: `${server.staging.root}/../secret.txt` } }, cookie);
    expect(traversal.json().error?.code).toBe('INVALID_INPUT');
    // The author's PDF is a file the core reads too: an uploaded source does not let a page name any rendition.
    const source = (await upload(cookie, 'WI-014.md', '# Torque\n')).json().result as { path: string };
    const sneakyRendition = await call('documents.register', { type: 'SOP', department: 'QA', title: 'Sneaky', file: { path: source.path }, rendition: { path: outside } }, cookie);
    expect(sneakyRendition.json().error).toEqual({ code: 'INVALID_INPUT', params: { problem: 'upload-again' }, message: expect.stringMatching(/only files uploaded through this page/) });
    const exportAnywhere = await call('revisions.exportContent', { number: 'SOP-QA-0001', label: 'A', destination: '/tmp/x' }, cookie);
    expect(exportAnywhere.json().error?.code).toBe('PERMISSION_DENIED');
  });

  it('imports an uploaded file: upload, then register, then download it back', async () => {
    const cookie = await signIn('arun');
    const staged = await upload(cookie, 'Gowning procedure.md', '# Gowning\n\n1. Hair net first.\n');
    const { path: stagedPath } = staged.json().result as { path: string };
    expect(stagedPath.startsWith(server.staging.root)).toBe(true);
    const registered = await call('documents.register', { type: 'SOP', department: 'QA', title: 'Gowning before entering grade C', file: { path: stagedPath } }, cookie);
    const document = registered.json().result as { number: string; revisions: { label: string; fileName: string }[] };
    expect(document.revisions[0]!.fileName).toBe('Gowning procedure.md');
    const download = await httpRequest(port, { method: 'GET', path: `/api/content/${document.number}/${document.revisions[0]!.label}`, headers: { Host: `127.0.0.1:${port}`, Cookie: cookie } });
    expect(download.status).toBe(200);
    expect(download.body).toBe('# Gowning\n\n1. Hair net first.\n');
    expect(download.headers['content-disposition']).toContain('attachment');
    const reused = await call('documents.register', { type: 'SOP', department: 'QA', title: 'Again', file: { path: stagedPath } }, cookie);
    expect(reused.json().error?.code).toBe('INVALID_INPUT');
  });

  it('refuses uploads without a session, with a bad name or over the size cap', async () => {
    expect((await upload('quire_session_1=none', 'a.txt', 'x')).json().error?.code).toBe('NOT_SIGNED_IN');
    const cookie = await signIn('arun');
    expect((await upload(cookie, '../escape.txt', 'x')).json().error?.code).toBe('FILE_NAME_INVALID');
    const small = await startLoopbackServer({ core: vault.core, staticDir: vault.dir, maxUploadBytes: 10 });
    try {
      const login = await httpRequest(small.port, { path: '/api/session.login', headers: pageHeaders(small.port), body: JSON.stringify({ username: 'arun', password: userPassword }) });
      const tooBig = await httpRequest(small.port, { path: '/api/upload', headers: { ...pageHeaders(small.port, cookieOf(login)), 'Content-Type': 'application/octet-stream', 'X-File-Name': 'big.txt' }, body: 'x'.repeat(11) });
      expect(tooBig.json().error?.code).toBe('CONTENT_TOO_LARGE');
    } finally {
      await small.close();
    }
  });

  it('leaves permissions to the core: a reader cannot register a document', async () => {
    const cookie = await signIn('rita');
    const staged = (await upload(cookie, 'note.txt', 'hello')).json().result as { path: string };
    const answer = await call('documents.register', { type: 'SOP', department: 'QA', title: 'Not allowed', file: { path: staged.path } }, cookie);
    const error = answer.json().error as SerializedQuireError;
    expect(error).toEqual({ code: 'PERMISSION_DENIED', params: { reason: 'permission', username: 'rita', roles: ['reader'], permission: 'documents.register' }, message: expect.any(String) });
    // What a browser shows is the catalogue's sentence for the code and parameters it received.
    expect(errorMessage(error)).toBe('rita (reader) may not register documents; ask an administrator for a role that may.');
    expect(error.message).toBe(errorMessage(error));
  });
});
