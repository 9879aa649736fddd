import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { _electron, type ElectronApplication, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PDFDocument, StandardFonts } from '@cantoo/pdf-lib';

// The packaged app on a real Windows or macOS runner (.github/workflows/desktop.yml), driven by Playwright's
// _electron.launch: first run creates a vault, sign in, the demo vault, a PDF imported and its text
// compared, a controlled copy printed, quit with no -wal left. Native dialogs are answered by replacing
// dialog.showOpenDialog/showSaveDialog in the main process (electronApp.evaluate), as Playwright suggests.
// It cannot run where the Electron binary cannot be downloaded; `npm test` never includes it.

const executablePath = process.env.QUIRE_PACKAGED_APP;
if (!executablePath) throw new Error('Set QUIRE_PACKAGED_APP to the packaged Quire executable (release-smoke/…).');

/** A one-page PDF with these lines (pdf-lib: Ghostscript is not on the runners). */
async function writeTextPdf(file: string, lines: string[]): Promise<void> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const page = pdf.addPage([595, 842]);
  lines.forEach((line, i) => page.drawText(line, { x: 72, y: 760 - i * 18, size: 11, font }));
  writeFileSync(file, await pdf.save());
}

describe('the packaged Quire app', () => {
  const work = mkdtempSync(path.join(os.tmpdir(), 'quire smoke [ü] '));
  const vaultPath = path.join(work, 'QA vault.quire');
  const pdfA = path.join(work, 'cleaning A.pdf');
  const pdfB = path.join(work, 'cleaning B.pdf');
  const printed = path.join(work, 'controlled copy.pdf');
  let app: ElectronApplication;
  let page: Page;
  const problems: string[] = [];

  const answerDialogs = (save: string | null, open: string | null) =>
    app.evaluate(
      ({ dialog }, answers) => {
        dialog.showSaveDialog = (async () => (answers.save ? { canceled: false, filePath: answers.save } : { canceled: true, filePath: '' })) as typeof dialog.showSaveDialog;
        dialog.showOpenDialog = (async () => (answers.open ? { canceled: false, filePaths: [answers.open] } : { canceled: true, filePaths: [] })) as typeof dialog.showOpenDialog;
      },
      { save, open },
    );
  const signIn = async (username: string, password: string) => {
    await page.getByLabel('User name').fill(username);
    await page.getByLabel('Password', { exact: true }).fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
  };

  beforeAll(async () => {
    await writeTextPdf(pdfA, ['Step 1: wipe the panel with 70 percent alcohol.', 'Step 2: let it dry for five minutes.']);
    await writeTextPdf(pdfB, ['Step 1: wipe the panel with 70 percent alcohol.', 'Step 2: let it dry for ten minutes.']);
    app = await _electron.launch({ executablePath, args: [], env: { ...process.env } as Record<string, string> });
    app.process().stdout?.on('data', () => {});
    page = await app.firstWindow();
    page.setDefaultTimeout(60_000);
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
  });

  afterAll(async () => {
    if (app) await app.close().catch(() => {});
  });

  it('serves its window from app://quire and shows the welcome screen at first run', async () => {
    expect(page.url()).toMatch(/^app:\/\/quire\/index\.html/);
    await page.getByRole('heading', { name: 'Welcome' }).waitFor();
    expect(await app.evaluate(({ app: electronApp }) => electronApp.isPackaged)).toBe(true);
  });

  it('creates a vault with its first administrator, who can sign in', async () => {
    await answerDialogs(vaultPath, null);
    await page.getByRole('button', { name: 'Choose…' }).click();
    await expect.poll(() => page.getByLabel('Location').innerText()).toBe(vaultPath);
    await page.getByLabel('User name').fill('admin');
    await page.getByLabel('Full name').fill('Ada Admin');
    await page.getByLabel('Password', { exact: true }).fill('Vault-keeper-2026');
    await page.getByLabel('Password again').fill('Vault-keeper-2026');
    await page.getByRole('button', { name: 'Create vault' }).click();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await signIn('admin', 'Vault-keeper-2026');
    expect(existsSync(vaultPath)).toBe(true);
  });

  it('opens the demo vault, imports a PDF as a new revision and compares its text', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    // File ▸ Switch Vault… is a native menu; the welcome screen is one reload away.
    await app.evaluate(({ Menu }) => Menu.getApplicationMenu()?.items.find((i) => i.label === 'File')?.submenu?.items.find((i) => i.label === 'Switch Vault…')?.click());
    await page.getByRole('button', { name: 'Try the demo vault' }).click();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor({ timeout: 240_000 });
    await signIn('arun', 'Demo-user-2026!');
    await page.getByRole('link', { name: 'Register a document' }).click();
    await page.getByLabel('Type').selectOption('SOP');
    await page.getByLabel('Department code').fill('QA');
    await page.getByLabel('Title').fill('Cleaning of the filling line');
    await page.getByLabel('File of the first draft').setInputFiles(pdfA);
    await page.getByRole('button', { name: 'Register document' }).click();
    await page.getByRole('heading', { name: /Cleaning of the filling line/ }).waitFor();
    await page.getByRole('button', { name: /New draft/ }).click();
    await page.getByLabel('File').setInputFiles(pdfB);
    await page.getByLabel(/Change summary/).fill('Longer drying.');
    await page.getByRole('button', { name: /Create draft/ }).click();
    await page.getByRole('tab', { name: 'Compare revisions' }).click();
    await page.getByRole('button', { name: 'Compare', exact: true }).click();
    const comparison = await page.getByRole('list', { name: 'Changes' }).innerText();
    expect(comparison).toContain('five');
    expect(comparison).toContain('ten');
  });

  it('prints a controlled copy of an effective revision to the place the Save dialog gave', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await signIn('carol', 'Demo-user-2026!');
    await page.getByRole('link', { name: /SOP-PRD-0001/ }).click();
    await page.getByRole('button', { name: 'Print…' }).click();
    const dialog = page.getByRole('dialog', { name: /^Print SOP-PRD-0001/ });
    await dialog.getByLabel(/Controlled copy/).check();
    await dialog.getByLabel('Copyholder', { exact: true }).fill('QC lab');
    await answerDialogs(printed, null);
    await dialog.getByRole('button', { name: 'Print to PDF' }).click();
    await page.getByRole('dialog', { name: /^Printed SOP-PRD-0001/ }).waitFor();
    expect(readFileSync(printed).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('quits by closing the vault: no -wal or -shm beside it', async () => {
    const demoVault = await app.evaluate(({ app: electronApp }) => electronApp.getPath('userData'));
    await app.close();
    expect(readdirSync(work).filter((f) => f.endsWith('-wal') || f.endsWith('-shm'))).toEqual([]);
    const demoFolder = path.join(demoVault, 'demo');
    expect(readdirSync(demoFolder).filter((f) => f.endsWith('-wal') || f.endsWith('-shm'))).toEqual([]);
    expect(problems).toEqual([]);
  });
});
