import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { methodNames } from '../../shared/contract';
import { launcherMethodNames } from '../../shared/contract/launcher-methods';
import { buildAndStartApp, ownPage, type StandIn } from '../desktop/staged-app';
import { tempFolder } from '../helpers/temp-vault';

// The welcome screen in Chromium, against the real desktop main process: the built main.cjs runs with
// the electron stand-in (test/desktop/staged-app.ts), the page is the built renderer as the app://
// handler serves it, and window.quire forwards each method to main's IPC handler as the preload would,
// from our own page's URL. Vaults are real files made by a real core host.

describe('the desktop welcome screen', () => {
  const { dir, cleanup } = tempFolder('quire-welcome-');
  const vaults = path.join(dir, 'Vaults');
  const screenshots = process.env.QUIRE_SCREENSHOTS ?? path.join(dir, 'screenshots');
  let standIn: StandIn;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];

  beforeAll(async () => {
    mkdirSync(vaults, { recursive: true });
    mkdirSync(screenshots, { recursive: true });
    ({ standIn } = buildAndStartApp(path.join(dir, 'Quire', 'resources'), { userData: path.join(dir, 'user data'), documents: vaults }));
    browser = await chromium.launch({
      executablePath: process.env.QUIRE_CHROMIUM ?? '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1, locale: 'en-GB' });
    const handle = standIn.recorded.protocolHandlers.get('app')!;
    await context.route('http://quire.localhost/**', async (route) => {
      const response = await handle({ url: `app://quire${new URL(route.request().url()).pathname}` });
      await route.fulfill({ status: response.status, headers: Object.fromEntries(response.headers), body: Buffer.from(await response.arrayBuffer()) });
    });
    await context.exposeBinding('__quireInvoke', (_source, channel: string, input: unknown) => standIn.invokeFrom(ownPage, channel, input));
    await context.addInitScript((names: string[]) => {
      const invoke = (window as unknown as { __quireInvoke: (channel: string, input: unknown) => Promise<unknown> }).__quireInvoke;
      const bridge: Record<string, unknown> = Object.fromEntries(names.map((name) => [name, (input: unknown) => invoke(`quire:${name}`, input)]));
      bridge.pathForFile = () => '';
      bridge.chooseDestination = async () => null;
      (window as unknown as { quire: unknown }).quire = Object.freeze(bridge);
    }, [...methodNames, ...launcherMethodNames]);
    page = await context.newPage();
    page.setDefaultTimeout(30_000);
    page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
    page.on('pageerror', (error) => problems.push(error.message));
    await page.goto('http://quire.localhost/index.html');
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    for (const host of standIn?.recorded.utilityProcesses ?? []) host.child.kill('SIGKILL');
    cleanup();
  });

  it('greets a first launch with open, create (password rules shown first) and the demo', async () => {
    await page.getByRole('heading', { name: 'Welcome' }).waitFor();
    await page.getByText('No vault opened on this computer yet.').waitFor();
    expect(await page.getByRole('list', { name: 'Password rules' }).innerText()).toContain('At least 10 characters.');
    expect(await page.getByText('Try the demo vault').first().isVisible()).toBe(true);
    expect(await page.getByText('Demo-user-2026!').isVisible()).toBe(true);
    await page.screenshot({ path: path.join(screenshots, 'welcome.png') });
  });

  it('after a failed open, says why and offers another vault', async () => {
    const notAVault = path.join(vaults, 'notes.quire');
    writeFileSync(notAVault, 'just some text');
    standIn.dialogAnswers.open.push(notAVault);
    await page.getByRole('button', { name: 'Open a vault…' }).click();
    await page.getByRole('button', { name: 'Choose another vault' }).waitFor();
    expect(await page.getByRole('alert').first().innerText()).toContain('is not a Quire vault');
    await page.screenshot({ path: path.join(screenshots, 'welcome-failed-open.png') });
  });

  it('creates a vault with its first administrator, then asks them to sign in', async () => {
    const vaultPath = path.join(vaults, 'Quality documents.quire');
    standIn.dialogAnswers.save.push(vaultPath);
    await page.getByRole('button', { name: 'Choose…' }).click();
    await expect.poll(() => page.getByLabel('Location').innerText(), { timeout: 30_000 }).toBe(vaultPath);
    await page.getByLabel('User name').fill('admin');
    await page.getByLabel('Full name').fill('Ada Admin');
    await page.getByLabel('Password', { exact: true }).fill('Vault-keeper-2026');
    await page.getByLabel('Password again').fill('Vault-keeper-2026');
    await page.getByRole('button', { name: 'Create vault' }).click();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor({ timeout: 120_000 });
    await page.getByLabel('User name').fill('admin');
    await page.getByLabel('Password', { exact: true }).fill('Vault-keeper-2026');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('button', { name: 'Sign out' }).waitFor({ timeout: 60_000 });
    expect((await standIn.invokeFrom(ownPage, 'quire:launcher.status', {})).result).toMatchObject({ vault: { path: vaultPath }, recent: [{ path: vaultPath }] });
    expect(problems).toEqual([]);
  });

  it('says so when the core host stops, and restarts it on the same vault', async () => {
    standIn.recorded.utilityProcesses.at(-1)!.child.kill('SIGKILL');
    await page.getByRole('link', { name: /^Inbox/ }).click();
    await page.getByRole('heading', { name: 'Quire stopped working on the vault' }).waitFor();
    await page.screenshot({ path: path.join(screenshots, 'core-stopped.png') });
    await page.getByRole('button', { name: 'Restart' }).click();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor({ timeout: 60_000 });
    await page.getByLabel('User name').fill('admin');
    await page.getByLabel('Password', { exact: true }).fill('Vault-keeper-2026');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('button', { name: 'Sign out' }).waitFor({ timeout: 60_000 });
    // Only the refused call while the host was down was reported, as the coded error the page handled.
    expect(problems.filter((p) => !p.includes('CORE_HOST_STOPPED'))).toEqual([]);
  });
});
