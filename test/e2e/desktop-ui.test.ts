import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPasswords } from '../../electron/cli/demo/run-demo';
import type { RegisterEntry } from '../../shared/contract';
import { errorMessage } from '../../shared/messages';
import { initialPassword, startUiFixture, type UiFixture } from './ui-fixture';

describe('the desktop UI in Chromium', () => {
  let ui: UiFixture;
  beforeAll(async () => {
    ui = await startUiFixture();
  }, 900_000); // builds the renderer and the demo vault: minutes on a loaded machine
  afterAll(async () => {
    await ui?.close();
  });

  it('refuses a wrong password with the core sentence, then signs in to the register of demo documents', async () => {
    const page = await ui.newPage();
    await ui.signIn(page, 'carol', 'not-the-password');
    await expect.poll(() => page.getByRole('alert').textContent(), { timeout: 20_000 }).toMatch(/^The user name or password is wrong\./);
    await ui.signIn(page, 'carol');
    const table = page.getByRole('table', { name: 'Documents' });
    await table.getByRole('link', { name: ui.sopNumber }).waitFor();
    expect(await table.getByRole('row').count()).toBe(4); // header + SOP, WI, EXT
    await expect.poll(() => page.getByRole('row').filter({ hasText: ui.routedNumber }).textContent()).toContain('In review');
    expect(await page.getByRole('banner').getByText('Carol Controller').isVisible()).toBe(true);
    await ui.shoot(page, 'register');

    await page.getByRole('searchbox', { name: 'Search', exact: true }).fill('torque');
    await expect.poll(() => table.getByRole('row').count()).toBe(2);
    await page.getByLabel('Type').selectOption('SOP');
    await expect.poll(() => page.getByText('No documents match.').isVisible()).toBe(true);
    await page.context().close();
  });

  it('opens a document: revisions, route, signatures with printed names and time zones, and its audit trail', async () => {
    const page = await ui.newPage();
    await ui.signIn(page, 'carol');
    await page.getByRole('link', { name: ui.sopNumber }).click();
    await page.getByRole('heading', { name: /Line clearance before batch start/ }).waitFor();
    const revisions = page.getByRole('region', { name: 'Revisions' });
    expect(await revisions.locator('.badge-superseded').count()).toBeGreaterThan(0);
    expect(await revisions.locator('.badge-effective').count()).toBe(1);
    expect(await revisions.textContent()).toContain('line-clearance-b.md');
    const signatures = page.getByRole('region', { name: 'Signatures' });
    expect(await signatures.textContent()).toContain('张伟 (Zhang Wei)');
    expect(await signatures.textContent()).toContain('Łukasz Ñúñez');
    expect(await signatures.getByRole('row').filter({ hasText: 'approved' }).count()).toBeGreaterThanOrEqual(2);
    expect(await signatures.textContent()).toMatch(/UTC[+-]\d\d:\d\d/);
    const route = page.getByRole('region', { name: 'Review and approval route' });
    expect(await route.textContent()).toContain('Completed');
    const audit = page.getByRole('region', { name: 'Audit trail' });
    expect(await audit.textContent()).toMatch(/signed .* as approved\./);
    expect(await page.getByRole('button', { name: 'New draft…' }).isVisible()).toBe(true);
    await ui.shoot(page, 'document');
    await page.context().close();
  });

  it('lets a reviewer sign from the inbox: the dialog states the meaning, a wrong password is refused, the right one advances the route', async () => {
    const page = await ui.newPage();
    await ui.signIn(page, 'zhang');
    await page.getByRole('link', { name: /Inbox/ }).click();
    const row = page.getByRole('row').filter({ hasText: ui.routedNumber });
    await row.getByRole('button', { name: /Sign review/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Electronic signature' });
    await dialog.waitFor();
    const statement = await dialog.getByTestId('signature-statement').textContent();
    const { revisions } = await ui.core.call((await ui.core.login('carol', demoPasswords.others)).token, 'documents.get', { number: ui.routedNumber });
    const revision = revisions[revisions.length - 1]!;
    expect(statement).toContain(`I have reviewed ${ui.routedNumber} revision ${revision.label}`);
    expect(statement).toContain(revision.sha256);
    expect(statement).toContain('张伟 (Zhang Wei)');

    // Signing waits until the document has been shown and the viewing recorded.
    await expect.poll(() => dialog.getByTestId('viewing-status').textContent(), { timeout: 60_000 }).toMatch(/^Recorded/);
    await dialog.getByLabel(/Password of zhang/).fill('wrong-password');
    // Where the focus is at the very mutation that shows the refusal: a focus moved later (a frame after) would
    // take whatever the signer has started typing meanwhile, their comment, into the hidden password field.
    const focusWhenRefused = page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          const observer = new MutationObserver(() => {
            const alert = document.querySelector('dialog[open] [role="alert"]');
            if (!alert?.textContent) return;
            observer.disconnect();
            resolve(document.activeElement?.getAttribute('type') ?? document.activeElement?.tagName ?? 'nothing');
          });
          observer.observe(document.body, { subtree: true, childList: true, characterData: true });
        }),
    );
    await dialog.getByRole('button', { name: 'Sign as reviewed' }).click();
    expect(await focusWhenRefused).toBe('password');
    await expect.poll(() => dialog.getByRole('alert').textContent(), { timeout: 20_000 }).toMatch(/^The user name or password is wrong\./);
    await dialog.getByLabel('Comment (optional)').fill('Torque values match the capping head manual.');
    await ui.shoot(page, 'signature-dialog');

    await dialog.getByLabel(/Password of zhang/).fill(demoPasswords.others);
    await dialog.getByRole('button', { name: 'Sign as reviewed' }).click();
    await page.getByRole('status').filter({ hasText: `Signed: ${ui.routedNumber}` }).waitFor();
    await page.getByText('Nothing is waiting for you.').waitFor();

    await page.goto(`${ui.server.url}#/documents/${encodeURIComponent(ui.routedNumber)}`);
    const route = page.getByRole('region', { name: 'Review and approval route' });
    await expect.poll(() => route.textContent()).toContain('In approval');
    const signatures = page.getByRole('region', { name: 'Signatures' });
    expect(await signatures.textContent()).toContain('Torque values match the capping head manual.');

    const token = (await ui.core.login('lukasz', demoPasswords.others)).token;
    const next = await ui.core.call(token, 'revisions.route', { number: ui.routedNumber });
    expect(next?.revisionState).toBe('in_approval');
    expect(next?.tasks.find((t) => t.stage === 'review')?.state).toBe('signed');
    expect((await ui.core.call(token, 'tasks.mine', {})).map((t) => t.document)).toContain(ui.routedNumber);
    await page.context().close();
  });

  it('makes a user whose password an administrator set choose their own before anything else', async () => {
    const page = await ui.newPage();
    await ui.signIn(page, 'nina', initialPassword);
    await page.getByRole('heading', { name: 'Choose your own password' }).waitFor();
    await page.getByLabel('Current password').fill(initialPassword);
    await page.getByLabel('New password', { exact: true }).fill(initialPassword);
    await page.getByLabel('New password again').fill(initialPassword);
    await page.getByRole('button', { name: 'Change password' }).click();
    await expect.poll(() => page.getByRole('alert').textContent(), { timeout: 20_000 }).toBe(errorMessage({ code: 'PASSWORD_REUSED' }));
    await page.getByLabel('New password', { exact: true }).fill('Nina-choice-2026');
    await page.getByLabel('New password again').fill('Nina-choice-2026');
    await page.getByRole('button', { name: 'Change password' }).click();
    await expect.poll(() => page.getByRole('alert').textContent(), { timeout: 20_000 }).toBe(errorMessage({ code: 'PASSWORD_TOO_WEAK', params: { rule: 'contains-user-name' } }));
    await page.getByLabel('New password', { exact: true }).fill('Own-choice-Spring-2026');
    await page.getByLabel('New password again').fill('Own-choice-Spring-2026');
    await page.getByRole('button', { name: 'Change password' }).click();
    // The new password's scrypt hash and the re-wrapped signing key take a while on a loaded machine.
    await page.getByRole('heading', { name: 'Document register' }).waitFor({ timeout: 60_000 });
    await page.getByRole('link', { name: 'Register a document' }).waitFor();
    await page.context().close();
  });

  it('signs out when the core says the session is gone, and says why', async () => {
    const page = await ui.newPage();
    await ui.signIn(page, 'carol');
    await page.getByRole('heading', { name: 'Document register' }).waitFor();
    await page.context().clearCookies();
    await page.getByRole('button', { name: 'Refresh' }).click();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    expect(await page.getByRole('status').textContent()).toBe('Sign in first.');
    await page.context().close();
  });

  it('keeps the register virtualised: 10,000 documents, a few dozen rows in the page, End reaches the last', async () => {
    const page = await ui.newPage();
    const many: RegisterEntry[] = Array.from({ length: 10_000 }, (_, i) => ({
      id: i + 1,
      number: `SOP-QA-${String(i + 1).padStart(5, '0')}`,
      title: `Synthetic procedure ${i + 1}`,
      type: 'SOP',
      department: 'QA',
      owner: { username: 'carol', fullName: 'Carol Controller' },
      status: 'active',
      reviewIntervalMonths: 24,
      retentionYears: 10,
      external: null,
      currentRevision: { label: 'A', state: 'effective' },
      createdAt: '2026-01-01T00:00:00.000Z',
      effectiveDate: '2026-01-01',
      nextReviewDate: '2028-01-01',
    }));
    // The host answers windows, as the core does: the page asks only for the rows it shows.
    const asked: number[] = [];
    await page.route('**/api/documents.list', (route) => {
      const { offset = 0, limit = 100 } = route.request().postDataJSON() as { offset?: number; limit?: number };
      asked.push(offset);
      return route.fulfill({ contentType: 'application/json', body: JSON.stringify({ ok: true, result: { documents: many.slice(offset, offset + limit), total: many.length, offset, limit } }) });
    });
    await ui.signIn(page, 'carol');
    await page.getByText('10,000 documents').waitFor();
    const rendered = await page.locator('.register-scroll [role="row"]').count();
    expect(rendered).toBeGreaterThan(10);
    expect(rendered).toBeLessThan(80);
    await page.getByRole('link', { name: 'SOP-QA-00001' }).focus();
    await page.keyboard.press('End');
    await page.getByRole('link', { name: 'SOP-QA-10000' }).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('SOP-QA-10000');
    // Only the first and the last windows were fetched, never the 10,000 rows between.
    expect(asked.length).toBeLessThan(6);
    await page.context().close();
  });
});
