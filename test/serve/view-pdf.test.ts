import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLoopbackServer, type LoopbackServer } from '../../electron/serve/start-loopback-server';
import { addDocumentTeam, registerEffectiveDocument, type DocumentTeam } from '../helpers/document-team';
import { pdfTextByPage, qpdfCheck, squash } from '../helpers/pdf-tools';
import { createTestVault, userPassword, type TestVault } from '../helpers/temp-vault';
import { cookieOf, httpRequest, pageHeaders } from './http-client';
import { noChangeImpact } from '../helpers/workflow';

// The viewer in a browser gets the revision's PDF as the body of GET api/view/<number>/<label> (bytes,
// not JSON, not a download), under the same session and same-origin proof as every API call.
describe('the loopback host: the viewable PDF', () => {
  let t: TestVault;
  let team: DocumentTeam;
  let server: LoopbackServer;
  let port: number;
  let number: string;

  const signIn = async (username: string) => cookieOf(await httpRequest(port, { path: '/api/session.login', headers: pageHeaders(port), body: JSON.stringify({ username, password: userPassword }) }));
  const view = (cookie: string, label: string, headers = pageHeaders(port, cookie)) => httpRequest(port, { method: 'GET', path: `/api/view/${number}/${label}`, headers });

  beforeAll(async () => {
    t = await createTestVault();
    team = await addDocumentTeam(t);
    number = await registerEffectiveDocument(t, team, 'Line clearance', t.file('clearance-a.md', '# Line clearance\n\nRemove the previous batch.\n'));
    await t.core.call(team.author, 'revisions.createDraft', { impact: noChangeImpact, number, file: { path: t.file('clearance-b.md', '# Line clearance\n\nRemove the previous batch and its labels.\n') }, changeSummary: 'Labels too.' });
    const staticDir = path.join(t.dir, 'static');
    mkdirSync(staticDir);
    server = await startLoopbackServer({ core: t.core, staticDir });
    port = server.port;
  }, 600_000);
  afterAll(async () => {
    await server?.close();
    t?.cleanup();
  });

  it('serves the rendered PDF inline to a reader for the effective revision, with what it is in a header', async () => {
    const answer = await view(await signIn('rhea'), 'A');
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toBe('application/pdf');
    expect(answer.headers['content-disposition']).toBe('inline');
    expect(answer.headers['cache-control']).toBe('no-store');
    expect(JSON.parse(decodeURIComponent(String(answer.headers['x-quire-view'])))).toMatchObject({ document: number, revision: 'A', rendition: { kind: 'rendered' } });
    const file = path.join(t.dir, 'viewed.pdf');
    writeFileSync(file, answer.bytes);
    expect(qpdfCheck(file).ok).toBe(true);
    expect(pdfTextByPage(file).map(squash).join(' ')).toContain(squash('Remove the previous batch.'));
  });

  it('refuses a reader the draft (403 with the code), the JSON call, and a request without the page header', async () => {
    const cookie = await signIn('rhea');
    const draft = await view(cookie, 'B.1');
    expect(draft.status).toBe(403);
    expect(draft.json().error).toMatchObject({ code: 'REVISION_NOT_VISIBLE' });
    const json = await httpRequest(port, { path: '/api/revisions.viewPdf', headers: pageHeaders(port, cookie), body: JSON.stringify({ number, label: 'A' }) });
    expect(json.json().error).toMatchObject({ code: 'PERMISSION_DENIED', params: { reason: 'not-in-browser', act: 'view' } });
    const { 'X-Quire': _header, ...withoutHeader } = pageHeaders(port, cookie);
    expect((await view(cookie, 'A', withoutHeader)).status).toBe(403);
    expect((await httpRequest(port, { method: 'GET', path: `/api/view/${number}/A`, headers: { Host: `127.0.0.1:${port}`, 'X-Quire': '1' } })).status).toBe(403);
  });
});
