import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPasswords } from '../../electron/cli/demo/run-demo';
import { verifyAuditPack } from '../../electron/core/audit-pack/verify-audit-pack';
import { repoRoot, startUiFixture, type UiFixture } from './ui-fixture';

// Issue 13, items 5 and 6, in the app: the controller maps a procedure to a clause, reads the gap
// analysis, and prepares the evidence pack for the auditor with a progress bar; the pack downloads and checks.
describe('clauses, the gap analysis and "Prepare for audit" in Chromium', () => {
  let ui: UiFixture;
  beforeAll(async () => {
    ui = await startUiFixture();
  }, 600_000); // a vite build and the demo vault, on a loaded machine
  afterAll(async () => {
    await ui?.close();
  });

  it('maps a document to a clause on its page and shows it covered in the gap analysis', async () => {
    const page = await ui.newPage();
    await ui.signIn(page, 'carol');
    await page.goto(`${ui.server.url}#/documents/${encodeURIComponent(ui.sopNumber)}`);
    const clauses = page.getByRole('region', { name: 'Clauses of ISO 9001:2015' });
    await clauses.getByLabel('Add a clause').selectOption('7.5.3');
    await clauses.getByRole('button', { name: 'Add' }).click();
    await expect.poll(async () => clauses.getByRole('list', { name: 'Mapped clauses' }).textContent(), { timeout: 30_000 }).toContain('7.5.3 Controlling documents and records');
    await page.goto(`${ui.server.url}#/gap-analysis`);
    const table = page.getByRole('table', { name: 'Documented information required' });
    const row = table.getByRole('row').filter({ hasText: 'Documents from outside the organization' });
    await expect.poll(async () => row.textContent(), { timeout: 30_000 }).toContain(ui.sopNumber);
    expect(await row.textContent()).toMatch(/Covered|Drafts only|Review overdue/);
    expect(await table.getByRole('row').filter({ hasText: 'The quality policy' }).textContent()).toContain('Missing');
    const screenshot = await ui.shoot(page, 'gap-analysis');
    if (process.env.QUIRE_UPDATE_SCREENSHOTS) writeFileSync(path.join(repoRoot, 'docs/screenshots/gap-analysis.png'), readFileSync(screenshot));
    await page.context().close();
  }, 180_000);

  it('prepares the pack with a progress bar, downloads it, and the pack checks', async () => {
    const page = await ui.newPage();
    await ui.signIn(page, 'carol');
    await page.getByRole('link', { name: 'Prepare for audit' }).click();
    await page.getByLabel('Your password, to sign the pack').fill(demoPasswords.others);
    const download = page.waitForEvent('download', { timeout: 120_000 });
    await page.getByRole('button', { name: 'Prepare the pack' }).click();
    await page.getByRole('progressbar', { name: 'Sections written' }).or(page.getByText('Audit pack downloaded')).first().waitFor({ timeout: 60_000 });
    const file = path.join(ui.screenshots, 'pack.zip');
    await (await download).saveAs(file);
    const done = page.getByText(/^Audit pack downloaded: \d+ files/);
    await done.waitFor({ timeout: 60_000 });
    const check = await verifyAuditPack(file);
    expect(check.problems).toEqual([]);
    expect(check.exportedBy).toBe('Carol Controller (carol)');
    expect(await done.textContent()).toContain(check.chainHead);
    expect(await page.locator('.error-message').count()).toBe(0);
    const screenshot = await ui.shoot(page, 'prepare-for-audit');
    if (process.env.QUIRE_UPDATE_SCREENSHOTS) writeFileSync(path.join(repoRoot, 'docs/screenshots/prepare-for-audit.png'), readFileSync(screenshot));
    await page.context().close();
  }, 240_000);

  it('is not offered to an author', async () => {
    const page = await ui.newPage();
    await ui.signIn(page, 'arun');
    await page.getByRole('navigation', { name: 'Main' }).waitFor();
    expect(await page.getByRole('link', { name: 'Prepare for audit' }).count()).toBe(0);
    await page.context().close();
  }, 60_000);
});
