import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPasswords } from '../../electron/cli/demo/run-demo';
import { startUiFixture, type UiFixture } from './ui-fixture';

const poll = { timeout: 30_000 };

// An administrator's working day in Chromium at the smallest supported window, 1024 × 700: a locked-out
// colleague, a forgotten password, a new duty, the backup and the check, and an auditor's question —
// each outcome checked in the vault itself.
describe("the administrator's working day", () => {
  let ui: UiFixture;
  let page: Page;
  let adminToken: string;
  const account = async (username: string) => (await ui.core.call(adminToken, 'users.administration', {})).find((u) => u.username === username)!;
  const focused = () => page.evaluate(() => ({ tag: document.activeElement?.tagName, text: document.activeElement?.textContent?.trim() ?? '' }));
  const layoutFits = () =>
    page.evaluate(() => {
      // Every link of the main navigation is in view, whole: none cut off, none behind a scroll.
      const hidden = [...document.querySelectorAll<HTMLAnchorElement>('nav[aria-label="Main"] a')]
        .filter((a) => { const r = a.getBoundingClientRect(); return r.right > innerWidth || r.bottom > innerHeight || a.scrollWidth > a.clientWidth; })
        .map((a) => a.textContent);
      return { pageWidth: document.documentElement.scrollWidth, topbar: document.querySelector('.topbar')!.getBoundingClientRect().height, hidden };
    });

  beforeAll(async () => {
    ui = await startUiFixture();
    adminToken = (await ui.core.login('admin', demoPasswords.admin)).token;
    const context = await ui.browser.newContext({ viewport: { width: 1024, height: 700 }, deviceScaleFactor: 1, timezoneId: 'Europe/Berlin', locale: 'en-GB', acceptDownloads: true });
    page = await context.newPage();
    page.setDefaultTimeout(30_000);
    await page.goto(ui.server.url);
  }, 600_000); // builds the renderer and the demo vault on a shared, loaded machine
  afterAll(async () => {
    await ui?.close();
  });

  it('warns before the lockout: "2 attempts are left" on the sign-in screen, then locks arun', async () => {
    for (let attempt = 1; attempt <= 5; attempt++) {
      await ui.signIn(page, 'arun', `Wrong-guess-${attempt}`);
      const expected = attempt === 3 ? /2 attempts are left before the account is locked\./ : attempt === 4 ? /1 attempt is left before the account is locked\./ : attempt === 5 ? /locked/ : /^The user name or password is wrong\.$/;
      await expect.poll(() => page.getByRole('alert').textContent(), poll).toMatch(expected);
    }
    expect(await account('arun')).toMatchObject({ locked: true, lockReason: '5 failed password attempts' });
  }, 120_000);

  it('signs in with focus on the page heading, and sees who is locked, since when (local time) and why', async () => {
    await ui.signIn(page, 'admin', demoPasswords.admin);
    await page.getByRole('heading', { name: 'Home' }).waitFor();
    await expect.poll(focused, poll).toEqual({ tag: 'H1', text: 'Home' });
    await page.getByRole('link', { name: 'Administration' }).click();
    await expect.poll(focused, poll).toEqual({ tag: 'H1', text: 'Users' });
    const arun = page.locator('tr[data-user="arun"]');
    await expect.poll(() => arun.textContent(), poll).toMatch(/Locked since \d{4}-\d\d-\d\d \d\d:\d\d:\d\d CET: 5 failed password attempts/);
    expect(await layoutFits()).toEqual({ pageWidth: 1024, topbar: 44, hidden: [] });
    await ui.shoot(page, 'admin-users');
  }, 60_000);

  it('unlocks arun with a reason, and the reason is in the audit event; focus returns to where the dialog was opened', async () => {
    await page.locator('tr[data-user="zhang"]').getByRole('button', { name: 'Roles…' }).focus();
    await page.locator('tr[data-user="arun"]').getByRole('button', { name: 'Unlock…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Unlock the account of arun' });
    await dialog.getByLabel(/Reason/).fill('Identity checked at the help desk');
    await dialog.getByRole('button', { name: 'Unlock' }).click();
    await expect.poll(() => page.getByRole('status').first().textContent(), poll).toContain('The account of arun is unlocked.');
    expect(await account('arun')).toMatchObject({ locked: false, failedAttempts: 0 });
    const [event] = (await ui.core.call(adminToken, 'audit.page', { action: 'user.unlocked', limit: 1 })).events;
    expect(event).toMatchObject({ subject: 'arun', user: 'admin', reason: 'Identity checked at the help desk' });

    // Escape closes a dialog and gives focus back to the button that opened it.
    const opener = page.locator('tr[data-user="lukasz"]').getByRole('button', { name: 'Reset password…' });
    await opener.click();
    await page.getByRole('dialog').waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(focused, poll).toEqual({ tag: 'BUTTON', text: 'Reset password…' });
    expect(await opener.evaluate((el) => el === document.activeElement)).toBe(true);

    // A field the user moves to as the dialog closes keeps the focus: it is given back only where it was dropped.
    await opener.click();
    await page.getByRole('dialog').waitFor();
    const focusedAfterClosing = await page.evaluate(async () => {
      const cancel = [...document.querySelectorAll('dialog[open] button')].find((b) => b.textContent === 'Cancel') as HTMLButtonElement;
      cancel.click();
      await new Promise((resolve) => setTimeout(resolve, 0)); // the dialog is gone, the next frame not yet drawn
      const closed = document.querySelector('dialog') === null;
      (document.querySelector('tr[data-user="zhang"] button') as HTMLButtonElement).focus();
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      return { closed, focused: document.activeElement?.closest('tr')?.getAttribute('data-user') };
    });
    expect(focusedAfterClosing).toEqual({ closed: true, focused: 'zhang' });
  }, 60_000);

  it('resets a password by the rules and changes a role, both audited with their reasons', async () => {
    await page.locator('tr[data-user="zhang"]').getByRole('button', { name: 'Reset password…' }).click();
    let dialog = page.getByRole('dialog', { name: 'Reset the password of zhang' });
    await dialog.getByLabel('New password').fill('short');
    await dialog.getByLabel(/Reason/).fill('Forgot the password after holidays');
    await dialog.getByRole('button', { name: 'Reset password' }).click();
    await expect.poll(() => dialog.getByRole('alert').textContent(), poll).toMatch(/too weak|at least/i);
    await dialog.getByLabel('New password').fill('Temporary-reset-2026');
    await dialog.getByRole('button', { name: 'Reset password' }).click();
    await expect.poll(() => page.locator('tr[data-user="zhang"]').textContent(), poll).toContain('Password reset: must choose a new one at next sign-in');
    expect(await account('zhang')).toMatchObject({ passwordResetPending: true, mustChangePassword: true });

    await page.locator('tr[data-user="lukasz"]').getByRole('button', { name: 'Roles…' }).click();
    dialog = page.getByRole('dialog', { name: 'Roles of lukasz' });
    await dialog.getByLabel('Reviewer').check();
    await dialog.getByLabel(/Reason/).fill('Covers reviews for the packaging line');
    await dialog.getByRole('button', { name: 'Change roles' }).click();
    await expect.poll(async () => (await account('lukasz')).roles, poll).toEqual(['approver', 'reviewer']);
    const [event] = (await ui.core.call(adminToken, 'audit.page', { action: 'user.roles_changed', limit: 1 })).events;
    expect(event).toMatchObject({ subject: 'lukasz', reason: 'Covers reviews for the packaging line' });
  }, 90_000);

  it('runs a backup with a reason and a verify, showing the last backup, the report and the chain head', async () => {
    await page.getByRole('link', { name: 'Backup and verify' }).click();
    await expect.poll(focused, poll).toEqual({ tag: 'H1', text: 'Backup and verify' });
    await page.getByLabel(/Reason/).fill('Before the quarterly audit');
    const download = page.waitForEvent('download', { timeout: 120_000 });
    await page.getByRole('button', { name: 'Back up the vault…' }).click();
    const saved = await (await download).path();
    expect(readFileSync(saved).subarray(0, 16).toString('latin1')).toBe('SQLite format 3\u0000');
    await expect.poll(() => page.locator('.last-backup').textContent(), poll).toMatch(/backed up the vault .* the copy was verified .*Reason: Before the quarterly audit/);
    const [backup] = (await ui.core.call(adminToken, 'audit.page', { action: 'vault.backed_up', limit: 1 })).events;
    expect(backup).toMatchObject({ user: 'admin', reason: 'Before the quarterly audit' });

    await page.getByRole('button', { name: 'Verify now' }).click();
    await expect.poll(() => page.locator('.verify-report').textContent(), { timeout: 120_000 }).toContain('The vault verified: nothing is wrong.');
    const report = await ui.core.call(adminToken, 'vault.verify', {});
    expect(await page.locator('.chain-head').textContent()).toBe(`${report.auditEvents}:${report.auditHead}`);
  }, 300_000);

  it('opens the audit trail filtered to one document, in sentences, and exports it as CSV', async () => {
    await page.getByRole('link', { name: 'Audit trail' }).click();
    await expect.poll(focused, poll).toEqual({ tag: 'H1', text: 'Audit trail' });
    await page.getByLabel('Document number').fill(ui.sopNumber);
    await page.getByRole('button', { name: 'Show' }).click();
    await expect.poll(() => page.url(), poll).toContain(`#/audit?document=${ui.sopNumber}`);
    const { total } = await ui.core.call(adminToken, 'audit.page', { document: ui.sopNumber });
    await expect.poll(() => page.locator('.page-head [role="status"]').textContent(), poll).toBe(`${total} events match, newest first`);
    const rows = page.locator('.audit-table tbody tr');
    expect(await rows.count()).toBe(Math.min(total, 50));
    expect(await page.locator('.audit-table').textContent()).toMatch(new RegExp(`registered ${ui.sopNumber}, "Line clearance before batch start"`));
    expect(await page.locator('.audit-table').textContent()).not.toContain('{');
    expect(await layoutFits()).toEqual({ pageWidth: 1024, topbar: 44, hidden: [] });
    await ui.shoot(page, 'audit-trail');

    const download = page.waitForEvent('download', { timeout: 60_000 });
    await page.getByRole('button', { name: 'Export CSV' }).click();
    const csv = readFileSync(await (await download).path(), 'utf8').replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(csv).toHaveLength(total + 1);
    expect(csv.slice(1).every((line) => line.split(',')[5]!.startsWith(ui.sopNumber))).toBe(true);

    // Back keeps the filter: it lives in the address.
    await page.getByRole('link', { name: 'Administration' }).click();
    await page.getByRole('heading', { name: 'Users' }).waitFor();
    await page.goBack();
    await expect.poll(() => page.getByLabel('Document number').inputValue(), poll).toBe(ui.sopNumber);
  }, 120_000);

  it('moves between tabs with the arrow keys, offers a skip link, and shows "not found" for an unknown address', async () => {
    await page.goto(`${ui.server.url}#/documents/${ui.sopNumber}`);
    await page.getByRole('tab', { name: 'Overview' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(focused, poll).toEqual({ tag: 'BUTTON', text: 'History' });
    expect(await page.getByRole('tab', { name: 'History' }).getAttribute('aria-selected')).toBe('true');
    expect(await page.getByRole('tab', { name: 'Overview' }).getAttribute('tabindex')).toBe('-1');
    await page.keyboard.press('End');
    await expect.poll(focused, poll).toEqual({ tag: 'BUTTON', text: 'Controlled copies' });
    await page.keyboard.press('ArrowRight');
    await expect.poll(focused, poll).toEqual({ tag: 'BUTTON', text: 'Overview' });

    // The skip link is the first stop in the page, hidden until it has focus.
    expect(await page.evaluate(() => document.querySelector('.shell a, .shell button, .shell input')?.textContent)).toBe('Skip to content');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    expect((await skip.boundingBox())!.y).toBeLessThan(0);
    await skip.focus();
    expect((await skip.boundingBox())!.y).toBeGreaterThanOrEqual(0);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id), poll).toBe('main-content');

    await page.goto(`${ui.server.url}#/users`);
    await page.getByRole('heading', { name: 'Page not found' }).waitFor();
    expect(await page.getByRole('table', { name: 'Documents' }).count()).toBe(0);
  }, 60_000);

  it('accepts a verification code typed without dashes, with spaces, in lower case', async () => {
    const carol = (await ui.core.login('carol', demoPasswords.others)).token;
    const printed = await ui.core.call(carol, 'prints.print', { number: ui.sopNumber, mode: 'uncontrolled', destination: path.join(mkdtempSync(path.join(os.tmpdir(), 'quire-e2e-print-')), 'verify-me.pdf') });
    await page.goto(`${ui.server.url}#/verify`);
    const bare = printed.verificationCode.replaceAll('-', '').toLowerCase();
    await page.getByLabel('Verification code').fill(`${bare.slice(0, 5)} ${bare.slice(5)}`);
    await page.getByRole('button', { name: 'Verify' }).click();
    await expect.poll(() => page.getByLabel('Verification code').inputValue(), poll).toBe(printed.verificationCode);
    await expect.poll(() => page.locator('main').textContent(), poll).toContain(ui.sopNumber);
  }, 60_000);
});
