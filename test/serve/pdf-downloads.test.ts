import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLoopbackServer, type LoopbackServer } from '../../electron/serve/start-loopback-server';
import { addDocumentTeam, registerEffectiveDocument, type DocumentTeam } from '../helpers/document-team';
import { pdfTextByPage, qpdfCheck, squash } from '../helpers/pdf-tools';
import { createTestVault, userPassword, type TestVault } from '../helpers/temp-vault';
import { cookieOf, httpRequest, pageHeaders, type HttpAnswer } from './http-client';
import { noChangeImpact } from '../helpers/workflow';

const textA = '# Line clearance\n\n1. Remove all materials of the previous batch.\n2. Check the reject bins are empty.\n';
const textB = '# Line clearance\n\n1. Remove all materials and labels of the previous batch.\n2. Check the reject bins are empty.\n';

// The PDFs the browser cannot ask the core to write anywhere: the host writes them into its own
// staging folder, streams them as downloads, and removes them.
describe('the loopback host: print and comparison report downloads', () => {
  let t: TestVault;
  let team: DocumentTeam;
  let server: LoopbackServer;
  let port: number;
  let number: string;
  let out: string;

  const signIn = async (username: string) => cookieOf(await httpRequest(port, { path: '/api/session.login', headers: pageHeaders(port), body: JSON.stringify({ username, password: userPassword }) }));
  const print = (cookie: string | undefined, input: unknown, headers: Record<string, string> = {}) =>
    httpRequest(port, { path: '/api/print', headers: { ...pageHeaders(port, cookie), ...headers }, body: JSON.stringify(input) });
  const report = (cookie: string | undefined, route: string, headers: Record<string, string> = {}) =>
    httpRequest(port, { method: 'GET', path: `/api/compare-report/${route}`, headers: { Host: `127.0.0.1:${port}`, ...(cookie ? { Cookie: cookie } : {}), ...headers } });
  const stagedEntries = () => readdirSync(server.staging.root);
  const savePdf = (answer: HttpAnswer, name: string) => {
    const file = path.join(out, name);
    writeFileSync(file, answer.bytes);
    return file;
  };

  beforeAll(async () => {
    t = await createTestVault();
    team = await addDocumentTeam(t);
    number = await registerEffectiveDocument(t, team, 'Line clearance before batch start', t.file('line-clearance-a.md', textA));
    await t.core.call(team.author, 'revisions.createDraft', { impact: noChangeImpact, number, file: { path: t.file('line-clearance-b.md', textB) }, changeSummary: 'Labels removed too.' });
    const staticDir = path.join(t.dir, 'static');
    out = path.join(t.dir, 'downloads');
    mkdirSync(staticDir);
    mkdirSync(out);
    writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Quire</title>');
    server = await startLoopbackServer({ core: t.core, staticDir });
    port = server.port;
  });
  afterAll(async () => {
    await server?.close();
    t?.cleanup();
  });

  it('prints an uncontrolled copy as a PDF download, says its verification code, and leaves nothing in staging', async () => {
    const cookie = await signIn('rhea');
    const before = stagedEntries();
    const answer = await print(cookie, { number, label: 'A', mode: 'uncontrolled' });
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toBe('application/pdf');
    expect(answer.headers['content-disposition']).toMatch(/^attachment; filename=".* A uncontrolled\.pdf"/);
    expect(answer.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const shown = JSON.parse(decodeURIComponent(String(answer.headers['x-quire-print']))) as Record<string, unknown>;
    expect(shown).toMatchObject({ document: number, revision: 'A', kind: 'uncontrolled', verificationCode: expect.any(String) });
    expect(shown).not.toHaveProperty('path');
    const file = savePdf(answer, 'uncontrolled.pdf');
    expect(qpdfCheck(file).ok).toBe(true);
    expect(squash(pdfTextByPage(file).join(' '))).toContain(String(shown.verificationCode));
    await expect.poll(stagedEntries).toEqual(before);
  });

  it('issues a controlled copy to a controller; refuses it for a revision that is not effective, with the core sentence', async () => {
    const cookie = await signIn('carol');
    const copy = await print(cookie, { number, mode: 'controlled', copyholder: 'Line 1 supervisor', location: 'Packing hall' });
    expect(copy.status).toBe(200);
    expect(JSON.parse(decodeURIComponent(String(copy.headers['x-quire-print'])))).toMatchObject({ kind: 'controlled', copyNumber: 1, revision: 'A' });
    expect(qpdfCheck(savePdf(copy, 'controlled.pdf')).ok).toBe(true);
    // The host removes a download from staging when its stream closes, which may follow the last byte the client read.
    await expect.poll(stagedEntries).toEqual([]);
    const draft = await print(cookie, { number, label: 'B.1', mode: 'controlled', copyholder: 'Line 1 supervisor' });
    expect(draft.json().error).toEqual({ code: 'CONTROLLED_COPY_NOT_EFFECTIVE', params: expect.objectContaining({ state: 'draft' }), message: expect.stringContaining('only the effective revision can be issued as a controlled copy') });
    const noHolder = await print(cookie, { number, mode: 'controlled' });
    expect(noHolder.json().error?.code).toBe('COPYHOLDER_REQUIRED');
    expect(stagedEntries()).toEqual([]);
  });

  it('refuses a print without a session, from another page, by a reader for a controlled copy, or with a destination', async () => {
    expect((await print(undefined, { number, mode: 'uncontrolled' })).json().error?.code).toBe('NOT_SIGNED_IN');
    const cookie = await signIn('rhea');
    expect((await print(cookie, { number, mode: 'uncontrolled' }, { 'X-Quire': '' })).status).toBe(403);
    expect((await print(cookie, { number, mode: 'uncontrolled' }, { Origin: 'http://evil.example' })).status).toBe(403);
    expect((await print(cookie, { number, mode: 'controlled', copyholder: 'Me' })).json().error?.code).toBe('PERMISSION_DENIED');
    const elsewhere = await print(cookie, { number, mode: 'uncontrolled', destination: path.join(t.dir, 'anywhere.pdf') });
    expect(elsewhere.json().error?.code).toBe('INVALID_INPUT');
    expect(readdirSync(t.dir)).not.toContain('anywhere.pdf');
    const viaMethod = await httpRequest(port, { path: '/api/prints.print', headers: pageHeaders(port, cookie), body: JSON.stringify({ number, mode: 'uncontrolled', destination: path.join(t.dir, 'anywhere.pdf') }) });
    expect(viaMethod.json().error?.code).toBe('PERMISSION_DENIED');
    const reportViaMethod = await httpRequest(port, { path: '/api/revisions.compareReport', headers: pageHeaders(port, cookie), body: JSON.stringify({ number, from: 'A', to: 'B.1', destination: path.join(t.dir, 'anywhere.pdf') }) });
    expect(reportViaMethod.json().error?.code).toBe('PERMISSION_DENIED');
    expect(readdirSync(t.dir)).not.toContain('anywhere.pdf');
  });

  it('streams the comparison report as a PDF download and removes it from staging', async () => {
    const cookie = await signIn('arun');
    const before = stagedEntries();
    const answer = await report(cookie, `${number}/A/B.1?ignoreWhitespace=1&ignoreLineWrap=1`);
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toBe('application/pdf');
    expect(answer.headers['content-disposition']).toContain(`attachment; filename="${number} compare A to B.1.pdf"`);
    const file = savePdf(answer, 'report.pdf');
    expect(qpdfCheck(file).ok).toBe(true);
    expect(squash(pdfTextByPage(file).join(' '))).toContain('labels');
    await expect.poll(stagedEntries).toEqual(before);
  });

  it('refuses the report without a session, from another site, or for a revision that does not exist', async () => {
    const none = await report(undefined, `${number}/A/B`);
    expect(none.status).toBe(403);
    expect(none.json().error?.code).toBe('NOT_SIGNED_IN');
    const cookie = await signIn('rhea');
    const before = stagedEntries();
    expect((await report(cookie, `${number}/A/B`, { 'Sec-Fetch-Site': 'cross-site' })).status).toBe(403);
    expect((await report(cookie, `${number}/A/B`, { Host: `evil.example:${port}` })).status).toBe(403);
    const missing = await report(cookie, `${number}/A/Z`);
    expect(missing.status).toBe(404);
    expect(missing.json().error?.code).toBe('REVISION_NOT_FOUND');
    // A reader compares only what is in force: the draft B.1 is not theirs to see.
    const draft = await report(cookie, `${number}/A/B.1`);
    expect(draft.status).toBe(403);
    expect(draft.json().error?.code).toBe('REVISION_NOT_VISIBLE');
    expect(stagedEntries()).toEqual(before);
  });
});
