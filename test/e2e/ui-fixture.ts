import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build } from 'vite';
import { QuireCore } from '../../electron/core/quire-core';
import { demoPasswords, runDemo } from '../../electron/cli/demo/run-demo';
import { startLoopbackServer, type LoopbackServer } from '../../electron/serve/start-loopback-server';
import { tempFolder } from '../helpers/temp-vault';

export const initialPassword = 'Initial-pass-2026';
export const repoRoot = path.resolve(import.meta.dirname, '../..');

export interface UiFixture {
  core: QuireCore;
  server: LoopbackServer;
  browser: Browser;
  screenshots: string;
  /** The work instruction the demo registered, submitted for review by zhang then approval by lukasz. */
  routedNumber: string;
  sopNumber: string;
  newPage(): Promise<Page>;
  signIn(page: Page, username: string, password?: string): Promise<void>;
  /** Rhea, a reader on the shop floor, added by the administrator and signed in once to choose her password; returns her token. */
  addReader(): Promise<string>;
  shoot(page: Page, name: string): Promise<string>;
  close(): Promise<void>;
}

/**
 * The real UI against a real vault: builds the renderer, seeds the demo vault (plus a user who must change
 * the password an administrator set, and a revision waiting for review), serves both on 127.0.0.1, and
 * launches Chromium.
 */
export async function startUiFixture(): Promise<UiFixture> {
  const { dir, cleanup } = tempFolder('quire-e2e-');
  const staticDir = path.join(dir, 'renderer');
  await build({ configFile: path.join(repoRoot, 'vite.config.ts'), logLevel: 'error', build: { outDir: staticDir, emptyOutDir: true } });
  // Cheap password hashing, as in every other test vault: each sign-in and signature runs scrypt.
  const { vaultPath } = await runDemo({ folder: path.join(dir, 'demo'), out: () => {}, vault: { lowerScryptCostsForTests: true } });

  const core = QuireCore.open(vaultPath, { workstation: 'e2e-workstation' });
  core.applyDueReleases();
  const admin = (await core.login('admin', demoPasswords.admin)).token;
  await core.call(admin, 'users.add', { username: 'nina', fullName: 'Nina Newcomer', roles: ['author'], initialPassword });
  const carol = (await core.login('carol', demoPasswords.others)).token;
  const { documents } = await core.call(carol, 'documents.list', {});
  const routedNumber = documents.find((d) => d.type === 'WI')!.number;
  const sopNumber = documents.find((d) => d.type === 'SOP')!.number;
  await core.call(carol, 'revisions.submit', { number: routedNumber, reviewers: ['zhang'], approvers: ['lukasz'] });

  const server = await startLoopbackServer({ core, staticDir });
  const browser = await chromium.launch({
    executablePath: process.env.QUIRE_CHROMIUM ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const screenshots = process.env.QUIRE_SCREENSHOTS ?? path.join(dir, 'screenshots');
  mkdirSync(screenshots, { recursive: true });

  return {
    core,
    server,
    browser,
    screenshots,
    routedNumber,
    sopNumber,
    async newPage() {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1, timezoneId: 'Europe/Berlin', locale: 'en-GB' });
      const page = await context.newPage();
      page.setDefaultTimeout(15_000);
      // The register, as the tests written before the home page expect; the home page's own tests open the bare address.
      await page.goto(`${server.url}#/register`);
      return page;
    },
    async addReader() {
      await core.call(admin, 'users.add', { username: 'rhea', fullName: 'Rhea Reader', roles: ['reader'], initialPassword });
      const { token } = await core.login('rhea', initialPassword);
      await core.call(token, 'session.changePassword', { currentPassword: initialPassword, newPassword: demoPasswords.others });
      return token;
    },
    async signIn(page, username, password = demoPasswords.others) {
      await page.getByLabel('User name').fill(username);
      await page.getByLabel('Password', { exact: true }).fill(password);
      await page.getByRole('button', { name: 'Sign in' }).click();
      // Settled before the test moves on: signed in (the main navigation), asked to choose a password, or refused.
      const outcome = page.getByRole('navigation', { name: 'Main' }).or(page.getByRole('heading', { name: 'Choose your own password' })).or(page.getByRole('alert'));
      await outcome.first().waitFor();
    },
    async shoot(page, name) {
      const file = path.join(screenshots, `${name}.png`);
      await page.screenshot({ path: file });
      return file;
    },
    async close() {
      await browser.close();
      await server.close();
      core.close();
      cleanup();
    },
  };
}
