import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { qpdfCheckClean, pdfTextByPage, squash } from '../helpers/pdf-tools';
import { runQuire } from '../helpers/quire-cli';
import { adminPassword, tempFolder } from '../helpers/temp-vault';

// An auditor's copy of the trail from the command line: CSV for a spreadsheet, PDF for the file.
describe('quire audit export', () => {
  const folder = tempFolder('quire-audit-export-');
  const vault = path.join(folder.dir, 'qms.quire');
  const as = { QUIRE_PASSWORD: adminPassword };

  beforeAll(async () => {
    expect((await runQuire(['init', vault, '--admin', 'admin', '--name', 'Ada Admin'], as)).code).toBe(0);
    expect((await runQuire(['user', 'add', vault, 'rita', '--name', 'Rita Reviewer', '--roles', 'reviewer', '--as', 'admin'], { ...as, QUIRE_NEW_PASSWORD: 'Temporary-start-2026' })).code).toBe(0);
  }, 60_000);
  afterAll(() => folder.cleanup());

  it('writes the trail as CSV, each event in words, filtered by user and period', async () => {
    const csv = path.join(folder.dir, 'trail.csv');
    const today = new Date().toISOString().slice(0, 10);
    const run = await runQuire(['audit', 'export', vault, '--csv', csv, '--user', 'admin', '--from', today, '--to', today, '--as', 'admin'], as);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Exported \d+ audit event\(s\) to .*trail\.csv/);
    const rows = readFileSync(csv, 'utf8').trimEnd().split('\r\n');
    expect(rows.some((r) => r.includes('user.added') && r.includes('admin added the user rita (Rita Reviewer) with the roles reviewer.'))).toBe(true);
    expect(rows.slice(1).every((r) => r.split(',')[2] === 'admin')).toBe(true);
  }, 60_000);

  it('writes a PDF report that qpdf accepts', async () => {
    const pdf = path.join(folder.dir, 'trail.pdf');
    const run = await runQuire(['audit', 'export', vault, '--pdf', pdf, '--as', 'admin'], as);
    expect(run.code).toBe(0);
    expect(qpdfCheckClean(pdf).ok).toBe(true);
    expect(squash(pdfTextByPage(pdf).join(' '))).toContain('Selection: every event in the vault');
  }, 60_000);

  it('asks for exactly one of --csv and --pdf', async () => {
    const run = await runQuire(['audit', 'export', vault, '--as', 'admin'], as);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(/^INVALID_INPUT: /);
  }, 60_000);
});
