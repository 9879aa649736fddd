import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempFolder } from '../helpers/temp-vault';

// `npm start` where the Electron binary is not installed (as on this machine): it builds what is out of
// date, says in one line that it opens the browser instead, prepares the demo vault, serves the same UI on
// 127.0.0.1 and prints the address and the demo sign-ins. Chromium then shows the sign-in screen, with no
// console errors, and the demo sign-in works.

describe('npm start without the Electron binary', () => {
  const { dir, cleanup } = tempFolder('quire-start-');
  let start: ChildProcess;
  let output = '';
  let url = '';
  let browser: Browser;

  beforeAll(async () => {
    start = spawn(process.execPath, [path.resolve('scripts/start.mjs')], {
      env: { ...process.env, QUIRE_START_IN_BROWSER: '1', QUIRE_NO_BROWSER: '1', QUIRE_DATA_DIR: dir, QUIRE_PORT: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    start.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    url = await new Promise<string>((resolve, reject) => {
      start.stdout!.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const found = /Quire is at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(output);
        if (found && /Sign in as .* with the password/.test(output)) resolve(found[1]!);
      });
      start.on('exit', (code) => reject(new Error(`npm start stopped (${code}):\n${output}`)));
    });
    browser = await chromium.launch({
      executablePath: process.env.QUIRE_CHROMIUM ?? '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
  }, 900_000);

  afterAll(async () => {
    await browser?.close();
    if (start && start.exitCode === null) {
      const stopped = new Promise((resolve) => start.once('exit', resolve));
      start.kill('SIGTERM');
      await stopped;
    }
    cleanup();
  });

  it('says in one line that it uses the browser, and prints the address and the demo sign-ins', () => {
    expect(output.match(/The Electron binary is not installed here[^\n]*\n/g)).toHaveLength(1);
    expect(output).toMatch(/Sign in as carol \(controller\), arun \(author\), zhang \(reviewer\), lukasz \(approver\) with the password Demo-user-2026!/);
    expect(output).toContain(path.join(dir, 'demo'));
  });

  it('shows the sign-in screen with no console errors, and the demo sign-in works', async () => {
    const page = await browser.newPage();
    page.setDefaultTimeout(30_000);
    const problems: string[] = [];
    page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
    page.on('pageerror', (error) => problems.push(error.message));
    await page.goto(url);
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await page.getByLabel('User name').fill('carol');
    await page.getByLabel('Password', { exact: true }).fill('Demo-user-2026!');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
    expect(problems).toEqual([]);
  });
});
