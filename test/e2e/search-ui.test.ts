import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPasswords } from '../../electron/cli/demo/run-demo';
import { ghostscriptToPdf } from '../helpers/pdf-tools';
import { startUiFixture, type UiFixture } from './ui-fixture';

// Issue 12.2 in Chromium: the search box on the register leads to ranked results with the matched words
// marked and the page named; a result opens the document viewer at that page with the words to find.
describe('full-text search in the app', () => {
  let ui: UiFixture;
  let number = '';
  beforeAll(async () => {
    ui = await startUiFixture();
    const pdf = path.join(mkdtempSync(path.join(os.tmpdir(), 'quire-search-ui-')), 'cleanroom.pdf');
    const page = (lines: string[]) => `/Helvetica findfont 12 scalefont setfont\n${lines.map((l, i) => `72 ${700 - i * 18} moveto (${l}) show`).join('\n')}\nshowpage`;
    ghostscriptToPdf(`%!PS\n${page(['Gowning for the clean room.', 'Put on the overall first.'])}\n${page(['Before each batch, purge the glovebox with nitrogen.', 'Record the oxygen reading.'])}\n`, pdf);
    const carol = (await ui.core.login('carol', demoPasswords.others)).token;
    number = (await ui.core.call(carol, 'documents.register', { type: 'SOP', department: 'QA', title: 'Clean room gowning', file: { path: pdf } })).number;
  }, 600_000);
  afterAll(async () => {
    await ui?.close();
  });

  it('searches from the register, shows the snippet with the match and its page, and opens the viewer at that page', async () => {
    const page = await ui.newPage();
    await ui.signIn(page, 'carol');
    await page.getByRole('heading', { name: 'Document register' }).waitFor({ timeout: 30_000 });
    const box = page.getByRole('searchbox', { name: 'Search the text of documents' });
    await box.fill('glovebox nitrogen');
    await box.press('Enter');
    await expect.poll(() => page.evaluate(() => window.location.hash), { timeout: 30_000 }).toBe('#/search?q=glovebox+nitrogen');
    const hit = page.locator('.search-hit').first();
    await hit.waitFor({ timeout: 30_000 });
    expect(await hit.locator('mark').allTextContents()).toEqual(['glovebox', 'nitrogen']);
    expect(await hit.textContent()).toContain('Page 2');
    expect(await page.getByRole('status').textContent()).toBe('1 result for “glovebox nitrogen”, best first.');
    const shot = await ui.shoot(page, 'search-results');
    expect(shot).toMatch(/search-results\.png$/);
    await hit.getByRole('link', { name: new RegExp(`${number} Clean room gowning`) }).click();
    await expect
      .poll(() => page.evaluate(() => window.location.hash), { timeout: 30_000 })
      .toBe(`#/documents/${number}/revisions/A.1/view?page=2&find=glovebox+nitrogen`);
  }, 180_000);

  it('says so when nothing matches, and shows the core’s sentence for a query with no words', async () => {
    const page = await ui.newPage();
    await ui.signIn(page, 'zhang');
    await page.getByRole('heading', { name: 'Document register' }).waitFor({ timeout: 30_000 });
    await page.evaluate(() => (window.location.hash = '#/search?q=zeppelin'));
    await expect.poll(() => page.getByRole('status').textContent(), { timeout: 30_000 }).toBe('Nothing found for “zeppelin”.');
    await page.evaluate(() => (window.location.hash = '#/search?q=%2A%20-'));
    await expect.poll(() => page.getByRole('alert').textContent(), { timeout: 30_000 }).toMatch(/The search has no words to look for/);
  }, 180_000);
});
