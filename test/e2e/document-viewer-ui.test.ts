import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPasswords } from '../../electron/cli/demo/run-demo';
import { writeProcedurePdf } from '../helpers/paginated-procedure-pdf';
import { startUiFixture, type UiFixture } from './ui-fixture';

const slow = { timeout: 60_000 };

/** The revision.viewed and revision.signed events of one user on one document, newest last. */
async function eventsOf(ui: UiFixture, username: string, number: string) {
  const carol = (await ui.core.login('carol', demoPasswords.others)).token;
  const trail = await ui.core.call(carol, 'audit.list', {});
  return trail.filter((e) => e.user === username && JSON.stringify(e.newValue ?? {}).includes(number));
}

// Issue 11, "nobody sees the document": in Chromium, a PDF revision opens in the viewer (pages, keys,
// zoom, search), and a reviewer signs from the inbox with the document shown in the signing dialog —
// the signature button waits until the pages were shown and the core recorded it.
describe('the document viewer in Chromium', () => {
  let ui: UiFixture;
  let number: string;

  beforeAll(async () => {
    ui = await startUiFixture();
    const source = path.join(mkdtempSync(path.join(os.tmpdir(), 'quire-viewer-e2e-')), 'filling-line-cleaning.pdf');
    writeProcedurePdf(source, 'A', [
      ['Step 1: sweep the filling line floor.', 'Step 2: empty the reject bins.'],
      ['Step 3: wipe the turquoise guard panels with alcohol.', 'Step 4: record the cleaning in the log book.'],
    ]);
    const arun = (await ui.core.login('arun', demoPasswords.others)).token;
    const doc = await ui.core.call(arun, 'documents.register', { type: 'SOP', department: 'PRD', title: 'Cleaning of the filling line', file: { path: source } });
    number = doc.number;
    await ui.core.call(arun, 'revisions.submit', { number, reviewers: ['zhang'], approvers: ['lukasz'] });
  }, 600_000);
  afterAll(async () => {
    await ui?.close();
  });

  it('opens a PDF revision from the register: page navigation by button and key, search that finds a word on page 2 only, zoom', async () => {
    const page = await ui.newPage();
    await ui.signIn(page, 'arun');
    const row = page.getByRole('row').filter({ hasText: number });
    await row.getByRole('link', { name: 'View' }).click();
    const viewer = page.getByTestId('document-viewer');
    await expect.poll(() => viewer.getByTestId('viewer-page-count').textContent(), slow).toBe('of 2');
    expect(page.url()).toContain(`#/documents/${encodeURIComponent(number)}/revisions/A.1/view`);

    await viewer.getByRole('button', { name: 'Next page' }).click();
    await expect.poll(() => viewer.getByLabel('Page number').inputValue(), slow).toBe('2');
    await viewer.getByRole('region').press('ArrowLeft');
    await expect.poll(() => viewer.getByLabel('Page number').inputValue(), slow).toBe('1');

    await viewer.getByLabel('Find in document').fill('turquoise');
    await expect.poll(() => viewer.getByTestId('viewer-matches').textContent(), slow).toBe('1 of 1');
    expect(await viewer.getByLabel('Page number').inputValue()).toBe('2');
    await expect.poll(() => viewer.getByTestId('viewer-hit').count(), slow).toBe(1);
    expect(page.url()).toContain('page=2');
    expect(page.url()).toContain('find=turquoise');

    const before = await viewer.getByTestId('viewer-canvas').boundingBox();
    await viewer.getByRole('button', { name: 'Zoom in' }).click();
    expect(await viewer.getByTestId('viewer-zoom').textContent()).toBe('125%');
    await expect.poll(async () => (await viewer.getByTestId('viewer-canvas').boundingBox())!.width, slow).toBeGreaterThan(before!.width * 1.2);

    // Both pages were shown: the core recorded the viewing with the pages seen.
    await expect.poll(async () => (await eventsOf(ui, 'arun', number)).filter((e) => e.action === 'revision.viewed').map((e) => (e.newValue as { pagesShown: number }).pagesShown).at(-1), slow).toBe(2);
    await page.context().close();
  });

  it('opens at the page and the search given in the address', async () => {
    const page = await ui.newPage();
    await ui.signIn(page, 'arun');
    await page.getByRole('heading', { name: 'Document register' }).waitFor();
    await page.goto(`${ui.server.url}#/documents/${encodeURIComponent(number)}/revisions/A.1/view?page=2&find=log%20book`);
    const viewer = page.getByTestId('document-viewer');
    await expect.poll(() => viewer.getByTestId('viewer-matches').textContent(), slow).toBe('1 of 1');
    expect(await viewer.getByLabel('Page number').inputValue()).toBe('2');
    await page.context().close();
  });

  it('signs a review from the inbox with the document shown in the dialog; the button waits until it was shown', async () => {
    const page = await ui.newPage();
    // Hold the PDF back, to see the dialog before the document has been shown.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/api/view/**', async (route) => {
      await held;
      await route.continue();
    });
    await ui.signIn(page, 'zhang');
    await page.getByRole('link', { name: /Inbox/ }).click();
    const row = page.getByRole('row').filter({ hasText: number });
    await row.getByRole('button', { name: /Sign review/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Electronic signature' });
    await dialog.waitFor();
    await dialog.getByLabel(/Password of zhang/).fill(demoPasswords.others);
    const signButton = dialog.getByRole('button', { name: 'Sign as reviewed' });
    expect(await signButton.isDisabled()).toBe(true);
    expect(await dialog.getByTestId('viewing-status').textContent()).toBe('Signing is possible once the document has been shown.');
    // Refused by the core too: no viewing recorded yet.
    expect((await eventsOf(ui, 'zhang', number)).filter((e) => e.action === 'revision.viewed')).toEqual([]);

    release();
    await expect.poll(() => dialog.getByTestId('viewing-status').textContent(), slow).toBe('Recorded: you have seen 1 of 2 pages.');
    await dialog.getByRole('button', { name: 'Next page' }).click();
    await expect.poll(() => dialog.getByTestId('viewing-status').textContent(), slow).toBe('Recorded: you have seen 2 of 2 pages.');
    await dialog.getByLabel('Comment (optional)').fill('Checked against the line layout.');
    expect(await signButton.isEnabled()).toBe(true);
    await ui.shoot(page, 'viewer-in-signing-dialog');

    await signButton.click();
    await page.getByRole('status').filter({ hasText: `Signed: ${number}` }).waitFor();
    const signed = (await eventsOf(ui, 'zhang', number)).find((e) => e.action === 'revision.signed');
    expect(signed?.newValue).toMatchObject({ meaning: 'reviewed', viewed: { how: 'viewer', pagesShown: 2, pageCount: 2 } });
    await page.context().close();
  });
});
