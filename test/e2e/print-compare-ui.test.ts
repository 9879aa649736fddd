import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfTextOfPage, qpdfCheck, squash } from '../helpers/pdf-tools';
import { startUiFixture, type UiFixture } from './ui-fixture';

// History, comparison, printing, the controlled-copy register and paper verification, in Chromium
// against the demo vault (SOP: A superseded, B effective; copy No. 1 of A returned, No. 2 of B issued).
describe('the document page: history, compare, print, copies and verification in Chromium', () => {
  let ui: UiFixture;
  let printedCode = '';
  beforeAll(async () => {
    ui = await startUiFixture();
  }, 600_000); // a vite build, the demo vault and Chromium: slow on a loaded machine
  afterAll(async () => {
    await ui?.close();
  });

  const openSop = async (username = 'carol') => {
    const page = await ui.newPage();
    await ui.signIn(page, username);
    await page.getByRole('link', { name: ui.sopNumber }).click();
    await page.getByRole('heading', { name: /Line clearance before batch start/ }).waitFor();
    return page;
  };

  it('shows the history as a time line, oldest first, filterable by revision', async () => {
    const page = await openSop();
    await page.getByRole('tab', { name: 'History' }).click();
    const timeline = page.getByRole('list', { name: 'History' });
    await timeline.waitFor();
    const entries = timeline.getByRole('listitem');
    const all = await entries.count();
    expect(all).toBeGreaterThan(10);
    // The audit trail's sentences (issue 11 item 6), not the short phrases of before.
    expect(await entries.first().textContent()).toMatch(new RegExp(`\\w+ registered ${ui.sopNumber}, "`));
    expect(await timeline.textContent()).toMatch(/issued controlled copy No\. 1 \(/);
    expect(await timeline.textContent()).toMatch(/\d{4}-\d\d-\d\d \d\d:\d\d:\d\d (CET|CEST|GMT\+1)/); // local time, zone named
    await page.getByLabel('Revision').selectOption('B');
    await expect.poll(() => entries.count()).toBeLessThan(all);
    const badges = await timeline.locator('.rev-badge').allTextContents();
    expect(badges).toEqual(expect.arrayContaining(['B', 'B.1']));
    expect(badges.every((label) => label === 'B' || label.startsWith('B.'))).toBe(true);
    await page.getByLabel('Revision').selectOption('');
    await ui.shoot(page, 'history');
    await page.context().close();
  });

  it('compares A with B by default and marks the changed words; the report downloads as a PDF', async () => {
    const page = await openSop();
    await page.getByRole('tab', { name: 'Compare revisions' }).click();
    expect(await page.getByLabel('Old revision').inputValue()).toBe('A');
    expect(await page.getByLabel('New revision').inputValue()).toBe('B');
    await page.getByLabel('Ignore line wrap').check();
    await page.getByRole('button', { name: 'Compare', exact: true }).click();
    const changes = page.getByRole('list', { name: 'Changes' });
    await changes.waitFor({ timeout: 60_000 }); // the comparison runs in a worker
    expect(await changes.locator('ins.diff-added').count()).toBeGreaterThan(0);
    expect((await changes.locator('ins.diff-added').allTextContents()).join(' ')).toMatch(/reject bins/i);
    expect(await changes.locator('.hunk-head').first().textContent()).toMatch(/old p\.\d+ l\.\d+ → new p\.\d+ l\.\d+/);
    const summary = page.getByRole('group', { name: 'Summary' });
    expect(await summary.textContent()).toMatch(/Changes\d+/);
    expect(await page.getByRole('region', { name: 'Comparison' }).textContent()).toContain('Reject bins added to the check');
    await ui.shoot(page, 'compare');
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByRole('button', { name: 'Save report (PDF)' }).click()]);
    expect(download.suggestedFilename()).toBe(`${ui.sopNumber} compare A to B.pdf`);
    expect(readFileSync((await download.path())!).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await page.context().close();
  });

  it('prints an uncontrolled copy as a download and shows its verification code; refuses a controlled copy of a superseded revision', async () => {
    const page = await openSop();
    await page.getByRole('button', { name: 'Print…' }).click();
    const dialog = page.getByRole('dialog', { name: `Print ${ui.sopNumber}` });
    await dialog.waitFor();
    expect(await dialog.getByLabel('Revision').inputValue()).toBe('B');
    await dialog.getByLabel('Revision').selectOption('A');
    await dialog.getByLabel(/Controlled copy/).check();
    await dialog.getByLabel('Copyholder', { exact: true }).fill('QC lab');
    await dialog.getByRole('button', { name: 'Print to PDF' }).click();
    await expect.poll(() => dialog.getByRole('alert').textContent()).toContain('only the effective revision can be issued as a controlled copy');
    await ui.shoot(page, 'print-dialog');
    await dialog.getByLabel('Revision').selectOption('B');
    await dialog.getByLabel(/Uncontrolled copy/).check();
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), dialog.getByRole('button', { name: 'Print to PDF' }).click()]);
    expect(download.suggestedFilename()).toBe(`${ui.sopNumber} B uncontrolled.pdf`);
    expect(readFileSync((await download.path())!).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const done = page.getByRole('dialog', { name: `Printed ${ui.sopNumber} revision B` });
    printedCode = (await done.locator('.verification-code').textContent()) ?? '';
    expect(printedCode.length).toBeGreaterThan(4);
    await done.getByRole('button', { name: 'Close' }).click();
    await page.context().close();
  });

  it('reprints an issued controlled copy under its own number, stamped REPRINT, and counts the print in the register', async () => {
    const page = await openSop();
    await page.getByRole('tab', { name: 'Controlled copies' }).click();
    const copies = page.getByRole('table', { name: 'Controlled copies' });
    await copies.waitFor();
    expect(await copies.getByRole('button', { name: 'Reprint copy No. 1' }).count()).toBe(0);
    const copyTwo = copies.getByRole('row').filter({ has: page.getByRole('button', { name: 'Reprint copy No. 2' }) });
    const printsBefore = Number(await copyTwo.locator('td').nth(7).textContent());
    await copies.getByRole('button', { name: 'Reprint copy No. 2' }).click();
    const dialog = page.getByRole('dialog', { name: 'Reprint controlled copy No. 2' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain(`${ui.sopNumber} revision B, issued to`);
    await ui.shoot(page, 'reprint-dialog');
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), dialog.getByRole('button', { name: 'Reprint to PDF' }).click()]);
    expect(download.suggestedFilename()).toBe(`${ui.sopNumber} B controlled copy 2 reprint.pdf`);
    const file = (await download.path())!;
    expect(qpdfCheck(file).ok).toBe(true);
    expect(squash(pdfTextOfPage(file, 1))).toContain('REPRINT');
    const done = page.getByRole('dialog', { name: `Printed ${ui.sopNumber} revision B` });
    expect(await done.getByRole('status').textContent()).toContain('Reprint of controlled copy No. 2');
    await done.getByRole('button', { name: 'Close' }).click();
    await expect.poll(async () => Number(await copyTwo.locator('td').nth(7).textContent())).toBe(printsBefore + 1);
    await page.context().close();
  });

  it('records a recall with the signature dialog: a wrong password shows the core sentence, the right one closes the copy', async () => {
    const page = await openSop();
    await page.getByRole('tab', { name: 'Controlled copies' }).click();
    const copies = page.getByRole('table', { name: 'Controlled copies' });
    await copies.waitFor();
    expect(await copies.getByRole('row').filter({ hasText: 'Returned' }).count()).toBe(1);
    await copies.getByRole('button', { name: 'Record recall of copy No. 2' }).click();
    const dialog = page.getByRole('dialog', { name: 'Electronic signature' });
    await dialog.waitFor();
    expect(await dialog.getByTestId('signature-statement').textContent()).toContain(`I record the return of controlled copy No. 2 of ${ui.sopNumber} revision B`);
    expect(await dialog.getByTestId('signature-statement').textContent()).toContain('Recalled (returned)');
    await dialog.getByLabel('Destroyed').check();
    await dialog.getByLabel('Password of carol, to sign').fill('not-my-password');
    await dialog.getByRole('button', { name: 'Sign the recall' }).click();
    await expect.poll(() => dialog.getByRole('alert').textContent(), { timeout: 20_000 }).toMatch(/^The user name or password is wrong\./);
    await dialog.getByLabel('Password of carol, to sign').fill((await import('../../electron/cli/demo/run-demo')).demoPasswords.others);
    await dialog.getByRole('button', { name: 'Sign the recall' }).click();
    await page.getByRole('status').filter({ hasText: 'controlled copy No. 2' }).waitFor();
    await expect.poll(() => copies.getByRole('row').filter({ hasText: 'Destroyed' }).count()).toBe(1);
    await page.context().close();
  });

  it('lists what is due for recall, and verifies a printed code', async () => {
    const page = await ui.newPage();
    await ui.signIn(page, 'carol');
    await page.getByRole('link', { name: 'Due for recall' }).click();
    await page.getByRole('heading', { name: 'Controlled copies due for recall' }).waitFor();
    await page.getByText(/No copy is due for recall|Record recall/).first().waitFor();
    await page.getByRole('link', { name: 'Verify a paper copy' }).click();
    await page.getByLabel('Verification code').fill(printedCode);
    await page.getByRole('button', { name: 'Verify' }).click();
    const verdict = page.getByRole('status');
    await verdict.waitFor();
    expect(await page.getByLabel('Verification result').textContent()).toContain(ui.sopNumber);
    expect(await page.getByLabel('Verification result').textContent()).toContain('Uncontrolled copy');
    await ui.shoot(page, 'verify');
    await page.getByLabel('Verification code').fill('NO-SUCH-CODE');
    await page.getByRole('button', { name: 'Verify' }).click();
    await page.getByRole('alert').waitFor();
    await page.context().close();
  });
});
