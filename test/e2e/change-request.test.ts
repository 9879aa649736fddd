import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPasswords } from '../../electron/cli/demo/run-demo';
import { pdfTextByPage, qpdfCheckClean, squash } from '../helpers/pdf-tools';
import { repoRoot, startUiFixture, type UiFixture } from './ui-fixture';

// Issue 13, item 1 in Chromium: a reader on the shop floor asks for a change from the document page; a
// controller decides it in the change request register with an electronic signature.
describe('"Request a change" in Chromium: a reader asks, a controller decides', () => {
  let ui: UiFixture;
  const password = demoPasswords.others;
  const reason = 'Step 4 names the old label printer; line 1 has the new one.';

  beforeAll(async () => {
    ui = await startUiFixture();
    await ui.addReader();
  }, 900_000);
  afterAll(async () => {
    await ui?.close();
  });

  it("the reader's request from the document page becomes DCR-0001", async () => {
    const page = await ui.newPage();
    await ui.signIn(page, 'rhea');
    await page.getByRole('button', { name: 'Sign out' }).waitFor({ timeout: 30_000 });
    await page.goto(`${ui.server.url}#/documents/${encodeURIComponent(ui.sopNumber)}`);
    await page.getByRole('button', { name: 'Request a change' }).first().click();
    const dialog = page.getByRole('dialog', { name: `Request a change to ${ui.sopNumber}` });
    await dialog.getByLabel(/What is wrong or missing/).fill(reason);
    await dialog.getByLabel(/Your proposal/).fill('Name the Zebra ZT411.');
    await dialog.getByRole('button', { name: 'Send the request' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'DCR-' }).textContent(), { timeout: 30_000 }).toContain('DCR-0001 sent.');
    const row = ui.core.vault.db.prepare('SELECT c.state, c.reason, u.username FROM change_requests c JOIN users u ON u.id = c.requested_by WHERE c.number = ?').get('DCR-0001');
    expect(row).toEqual({ state: 'open', reason, username: 'rhea' });
    await page.context().close();
  }, 120_000);

  it('the controller accepts it in the register, signing with the password: the next draft starts', async () => {
    const page = await ui.newPage();
    await ui.signIn(page, 'carol');
    await page.getByRole('button', { name: 'Sign out' }).waitFor({ timeout: 30_000 });
    await page.goto(`${ui.server.url}#/dcrs?status=open`);
    const row = page.getByRole('row').filter({ hasText: 'DCR-0001' });
    await expect.poll(() => row.textContent().catch(async () => `not yet: ${await page.locator('main').textContent()}`), { timeout: 30_000 }).toContain(reason);
    await row.getByRole('button', { name: 'Decide DCR-0001' }).click();
    const dialog = page.getByRole('dialog', { name: 'Electronic signature' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain(`accept DCR-0001 on ${ui.sopNumber}`);
    await dialog.getByLabel(/Comment \(required\)/).fill('Agreed: the printer was replaced in March.');
    await dialog.getByLabel(/Password of carol/).fill(password);
    await dialog.getByRole('button', { name: 'Accept and sign' }).click();
    await expect.poll(() => page.getByRole('status').textContent(), { timeout: 30_000 }).toMatch(/DCR-0001 accepted: draft [A-Z]+\.1 carries it out\./);
    const decided = ui.core.vault.db.prepare("SELECT c.state, s.meaning, u.username FROM change_requests c JOIN signatures s ON s.id = c.decided_signature_id JOIN users u ON u.id = s.user_id WHERE c.number = 'DCR-0001'").get();
    expect(decided).toEqual({ state: 'accepted', meaning: 'change-accepted', username: 'carol' });
    await page.goto(`${ui.server.url}#/dcrs`);
    await expect.poll(() => page.getByRole('row').filter({ hasText: 'DCR-0001' }).textContent(), { timeout: 30_000 }).toContain('Accepted');
    const screenshot = await ui.shoot(page, 'dcr-register');
    if (process.env.QUIRE_UPDATE_SCREENSHOTS) writeFileSync(path.join(repoRoot, 'docs/screenshots/dcr-register.png'), readFileSync(screenshot));
    await page.context().close();
  }, 120_000);

  it("shows the draft carrying DCR-0001 in the document's change record, and saves that record as a PDF", async () => {
    const page = await ui.newPage();
    await ui.signIn(page, 'carol');
    await page.getByRole('button', { name: 'Sign out' }).waitFor({ timeout: 30_000 });
    await page.goto(`${ui.server.url}#/documents/${encodeURIComponent(ui.sopNumber)}`);
    const record = page.getByRole('region', { name: 'Change record' });
    await expect.poll(() => record.getByRole('row').filter({ hasText: 'DCR-0001' }).textContent(), { timeout: 30_000 }).toContain(reason);
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), record.getByRole('button', { name: 'Save change record (PDF)' }).click()]);
    expect(download.suggestedFilename()).toBe(`${ui.sopNumber} change record.pdf`);
    const saved = (await download.path())!;
    qpdfCheckClean(saved);
    const text = squash(pdfTextByPage(saved).join('\n'));
    for (const words of ['Change record', ui.sopNumber, 'DCR-0001', reason]) expect(text).toContain(squash(words));
    await expect.poll(() => record.getByRole('status').textContent()).toMatch(/^Change record saved as PDF: \d+ revisions\.$/);
    await record.scrollIntoViewIfNeeded();
    await ui.shoot(page, 'change-record');
    await page.context().close();
  }, 120_000);
});
