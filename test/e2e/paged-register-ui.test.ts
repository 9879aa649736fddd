import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPasswords } from '../../electron/cli/demo/run-demo';
import { addBulkRegister } from '../helpers/bulk-register';
import { startUiFixture, type UiFixture } from './ui-fixture';

// The register for real work, in Chromium against the loopback host: 1,000 more documents than the demo,
// sorted by a column head, filtered, the filters kept in the address through Back and reload, and the
// next window fetched only when the user scrolls to it.
describe('the paged register in Chromium', () => {
  let ui: UiFixture;
  let carol: string;
  beforeAll(async () => {
    ui = await startUiFixture();
    const carolId = ui.core.vault.db.prepare("SELECT id FROM users WHERE username = 'carol'").pluck().get() as number;
    addBulkRegister(ui.core.vault.db, { ownerIds: [carolId], count: 1_000 });
    carol = (await ui.core.login('carol', demoPasswords.others)).token;
  }, 900_000); // the fixture builds the renderer and the demo vault: minutes on a loaded machine
  afterAll(async () => {
    await ui?.close();
  });

  it('sorts by a column head, filters, keeps the filter through Back and reload, and fetches the next window on scroll', async () => {
    const page = await ui.newPage();
    const windowsAsked: number[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/api/documents.list')) windowsAsked.push((request.postDataJSON() as { offset?: number }).offset ?? 0);
    });
    await ui.signIn(page, 'carol');
    await page.evaluate(() => (window.location.hash = '#/register'));
    const all = await ui.core.call(carol, 'documents.list', { status: 'active' });
    const status = page.getByRole('status').filter({ hasText: /documents?$/ });
    await expect.poll(() => status.textContent(), { timeout: 30_000 }).toBe(`${all.total.toLocaleString('en')} documents`);
    const table = page.getByRole('table', { name: 'Documents' });
    await table.getByRole('link', { name: all.documents[0]!.number }).waitFor();
    expect(new Set(windowsAsked)).toEqual(new Set([0]));

    // Scrolling to the end asks for the windows there, and only those.
    await page.locator('.register-scroll').evaluate((el) => el.scrollTo(0, el.scrollHeight));
    const lastWindow = Math.floor((all.total - 1) / 100) * 100;
    const last = await ui.core.call(carol, 'documents.list', { status: 'active', offset: all.total - 1, limit: 1 });
    await table.getByRole('link', { name: last.documents[0]!.number }).waitFor({ timeout: 30_000 });
    expect(windowsAsked).toContain(lastWindow);
    expect(windowsAsked.length).toBeLessThan(5);

    // Sort by effective date, then the other way.
    const effectiveHead = table.getByRole('columnheader', { name: 'Effective' });
    await effectiveHead.getByRole('button').click();
    await expect.poll(() => effectiveHead.getAttribute('aria-sort')).toBe('ascending');
    // The new order starts at its first row, not where the old one was scrolled to.
    await expect.poll(() => page.locator('.register-scroll').evaluate((el) => el.scrollTop)).toBe(0);
    expect(await table.getByRole('columnheader', { name: 'Number' }).getAttribute('aria-sort')).toBe('none');
    const oldest = await ui.core.call(carol, 'documents.list', { status: 'active', sort: 'effectiveDate', limit: 1 });
    await expect.poll(() => table.locator('[data-index="0"] a').first().textContent(), { timeout: 30_000 }).toBe(oldest.documents[0]!.number);
    await effectiveHead.getByRole('button').click();
    await expect.poll(() => effectiveHead.getAttribute('aria-sort')).toBe('descending');
    const newest = await ui.core.call(carol, 'documents.list', { status: 'active', sort: 'effectiveDate', direction: 'desc', limit: 1 });
    await expect.poll(() => table.locator('[data-index="0"] a').first().textContent(), { timeout: 30_000 }).toBe(newest.documents[0]!.number);

    // Filter by type and department: the address says so.
    await page.getByLabel('Type').selectOption('WI');
    await page.getByLabel('Department').fill('QA');
    const filtered = await ui.core.call(carol, 'documents.list', { status: 'active', type: 'WI', department: 'QA', sort: 'effectiveDate', direction: 'desc' });
    await expect.poll(() => status.textContent(), { timeout: 30_000 }).toBe(`${filtered.total.toLocaleString('en')} documents`);
    await expect.poll(() => page.evaluate(() => window.location.hash)).toBe('#/register?type=WI&department=QA&sort=effectiveDate&direction=desc');
    await ui.shoot(page, 'register-filtered');

    // Open a document, come Back: the same filter, sort and rows.
    const first = filtered.documents[0]!.number;
    await table.getByRole('link', { name: first }).click();
    await page.getByRole('heading', { name: new RegExp(first) }).waitFor();
    // The list of types arrives late (a busy core): the Type filter shows the type in force meanwhile,
    // never "All types" over rows filtered by WI.
    await page.route('**/api/documentTypes.list', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 2_000));
      await route.continue();
    });
    await page.goBack();
    await expect.poll(() => status.textContent(), { timeout: 30_000 }).toBe(`${filtered.total.toLocaleString('en')} documents`);
    expect(await page.getByLabel('Type').inputValue()).toBe('WI');
    expect(await page.getByLabel('Department').inputValue()).toBe('QA');
    expect(await effectiveHead.getAttribute('aria-sort')).toBe('descending');
    await expect.poll(() => table.locator('[data-index="0"] a').first().textContent()).toBe(first);

    // Reload: the same again.
    await page.reload();
    // The session outlives a reload (its cookie); should it not, signing in again must bring the filters back too.
    await page.getByRole('navigation', { name: 'Main' }).or(page.getByLabel('User name')).first().waitFor({ timeout: 30_000 });
    if (await page.getByLabel('User name').isVisible()) await ui.signIn(page, 'carol');
    await expect.poll(() => status.textContent(), { timeout: 30_000 }).toBe(`${filtered.total.toLocaleString('en')} documents`);
    expect(await page.getByLabel('Type').inputValue()).toBe('WI');
    expect(await page.evaluate(() => window.location.hash)).toBe('#/register?type=WI&department=QA&sort=effectiveDate&direction=desc');
    await page.context().close();
  }, 240_000);
});
