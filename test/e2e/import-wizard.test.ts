import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPasswords } from '../../electron/cli/demo/run-demo';
import { tempFolder } from '../helpers/temp-vault';
import { sheetAsCsv } from '../helpers/shared-drive-folder';
import { startUiFixture, type UiFixture } from './ui-fixture';

// Issue 12, item 1, in the app: a controller brings a folder in through the wizard — plan, then run with progress.
describe('the import wizard in Chromium', () => {
  let ui: UiFixture;
  const drive = tempFolder('quire-e2e-drive-');
  beforeAll(async () => {
    ui = await startUiFixture();
    mkdirSync(path.join(drive.dir, 'Lager'), { recursive: true });
    writeFileSync(path.join(drive.dir, 'Lager', 'WI-LOG-0001 Rev A Wareneingang.txt'), 'Wareneingang prüfen.\n');
    writeFileSync(path.join(drive.dir, 'Lager', 'WI-LOG-0001 Rev B Wareneingang.txt'), 'Wareneingang prüfen und buchen.\n');
    writeFileSync(path.join(drive.dir, 'Lager', '仓库规则.txt'), '仓库规则：先进先出。\n');
    writeFileSync(path.join(drive.dir, 'master.csv'), sheetAsCsv([['path', 'number', 'title', 'type', 'dept', 'revision', 'effective date'], ['Lager/WI-LOG-0001 Rev A Wareneingang.txt', 'WI-LOG-0001', 'Wareneingang', 'WI', 'LOG', 'A', '2020-01-01'], ['Lager/WI-LOG-0001 Rev B Wareneingang.txt', 'WI-LOG-0001', 'Wareneingang', 'WI', 'LOG', 'B', '2023-03-01'], ['Lager/仓库规则.txt', 'WI-LOG-0002', '仓库规则', 'WI', 'LOG', 'A', '2022-02-02'], ['Lager/fehlt.txt', 'WI-LOG-0003', 'Fehlt', 'WI', 'LOG', 'A', '']]));
  }, 600_000); // a vite build and the demo vault, on a loaded machine
  afterAll(async () => {
    await ui?.close();
    drive.cleanup();
  });

  it('shows the plan, then imports with progress, and the documents are in the register', async () => {
    const page = await ui.newPage();
    await ui.signIn(page, 'carol');
    await page.getByRole('link', { name: 'Import a folder' }).click();
    // In a browser there is no folder dialog: the path is typed (the desktop app adds "Choose folder…").
    expect(await page.getByRole('button', { name: 'Choose folder…' }).count()).toBe(0);
    await page.getByLabel('Folder (path on this computer)').fill(drive.dir);
    await page.getByLabel('Metadata sheet (CSV or XLSX, optional)').fill(path.join(drive.dir, 'master.csv'));
    await page.getByRole('button', { name: 'Show the plan' }).click();
    const plan = page.getByRole('region', { name: 'Import plan' });
    await plan.waitFor({ timeout: 60_000 });
    expect(await plan.getByRole('status').textContent()).toBe('The plan (nothing has been changed): 2 document(s), 3 revision(s).');
    await plan.getByText('Sheet rows without a file (1)').click();
    expect(await plan.textContent()).toContain('Lager/fehlt.txt');
    await ui.shoot(page, 'import-plan');

    await page.getByLabel('Your password, to sign the attestation').fill(demoPasswords.others);
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    const result = page.getByRole('region', { name: 'Import result' });
    await result.waitFor({ timeout: 60_000 });
    expect(await result.getByRole('status').textContent()).toBe('Imported: 2 document(s), 3 revision(s).');
    await result.getByText('Documents (2)').click();
    expect(await result.textContent()).toContain('WI-LOG-0001 — Wareneingang — A superseded, B effective — from Lager');
    await ui.shoot(page, 'import-result');
    await page.context().close();
  }, 180_000);

  it('is not offered to an author', async () => {
    const page = await ui.newPage();
    await ui.signIn(page, 'arun');
    await page.getByRole('navigation', { name: 'Main' }).waitFor();
    expect(await page.getByRole('link', { name: 'Import a folder' }).count()).toBe(0);
    await page.context().close();
  }, 60_000);
});
