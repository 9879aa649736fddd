import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportReport } from '../../shared/contract';
import { makePdfWithGhostscript } from '../helpers/office-documents';
import { runQuire } from '../helpers/quire-cli';
import { createTestVault, userPassword, type TestVault } from '../helpers/temp-vault';
import { verifyWithCli } from '../helpers/verify-cli';
import { killWhenPaused } from '../helpers/kill-when-paused';

const childScript = path.resolve(import.meta.dirname, '../helpers/import-kill-child.ts');
const asCarol = { QUIRE_PASSWORD: userPassword };

/** Runs the import child until it pauses after its second committed batch, then kills it. */
function importKilledAfterTwoBatches(t: TestVault, folder: string): Promise<void> {
  return killWhenPaused(childScript, { QUIRE_VAULT: t.vaultPath, QUIRE_USER: 'carol', QUIRE_PASSWORD: userPassword, QUIRE_FOLDER: folder });
}

function counts(vaultPath: string): { documents: number; revisions: number; imported: number; distinctPaths: number } {
  const db = new Database(vaultPath, { readonly: true });
  try {
    const one = (sql: string) => db.prepare(sql).pluck().get() as number;
    return {
      documents: one('SELECT count(*) FROM documents'),
      revisions: one('SELECT count(*) FROM revisions'),
      imported: one('SELECT count(*) FROM imported_files'),
      distinctPaths: one('SELECT count(DISTINCT source_path) FROM imported_files'),
    };
  } finally {
    db.close();
  }
}

// Issue 12, item 1, from the command line: the plan changes nothing, a re-run adds nothing, a killed run resumes.
describe('quire import', () => {
  let t: TestVault;
  let folder: string;
  const fileCount = 200;

  beforeAll(async () => {
    t = await createTestVault();
    await t.addSignedInUser('carol', 'Carol Controller', ['controller']);
    await t.addSignedInUser('rhea', 'Rhea Reader', ['reader']);
    folder = path.join(t.dir, 'Work instructions');
    mkdirSync(path.join(folder, 'Line 1'), { recursive: true });
    for (let i = 1; i <= fileCount - 2; i++) writeFileSync(path.join(folder, 'Line 1', `Instruction ${String(i).padStart(3, '0')}.txt`), `Work instruction ${i}.\n${'Step. '.repeat(2000)}\n`);
    makePdfWithGhostscript(path.join(folder, 'WI-PRD-0500 Rev A Startup.pdf'), [['Startup A']]);
    makePdfWithGhostscript(path.join(folder, 'WI-PRD-0500 Rev B Startup.pdf'), [['Startup B']]);
    t.core.close(); // the CLI and the killed child have the vault to themselves
  }, 60_000);
  afterAll(() => t.cleanup());

  it('prints the plan with --dry-run and leaves the vault file byte-identical', async () => {
    const before = readFileSync(t.vaultPath);
    const run = await runQuire(['import', t.vaultPath, folder, '--type', 'WI', '--dept', 'PRD', '--dry-run', '--as', 'carol', '--json'], asCarol);
    expect(run.code, run.stderr).toBe(0);
    const plan = JSON.parse(run.stdout) as ImportReport;
    expect(plan.dryRun).toBe(true);
    expect(plan.documents).toHaveLength(fileCount - 1);
    expect(plan.documents.find((d) => d.number === 'WI-PRD-0500')!.revisions.map((r) => [r.label, r.state])).toEqual([['A', 'superseded'], ['B', 'effective']]);
    expect(readFileSync(t.vaultPath).equals(before)).toBe(true);
    expect(counts(t.vaultPath).documents).toBe(0);
  }, 120_000);

  it('refuses a reader, and says what is wrong with a folder that is not there', async () => {
    const reader = await runQuire(['import', t.vaultPath, folder, '--type', 'WI', '--as', 'rhea'], asCarol);
    expect(reader.code).toBe(1);
    expect(reader.stderr).toMatch(/^PERMISSION_DENIED: .*import documents from a folder/u);
    const missing = await runQuire(['import', t.vaultPath, path.join(t.dir, 'nowhere'), '--as', 'carol'], asCarol);
    expect(missing.stderr).toMatch(/^IMPORT_FOLDER_NOT_FOUND: The folder .*nowhere could not be found/u);
  }, 60_000);

  it('resumes a killed import where it stopped: nothing lost, nothing doubled, verify green', async () => {
    await importKilledAfterTwoBatches(t, folder);
    const afterKill = counts(t.vaultPath);
    expect(afterKill.imported).toBeGreaterThan(0);
    expect(afterKill.imported).toBeLessThan(fileCount);
    expect(afterKill.revisions).toBe(afterKill.imported); // every committed document is whole

    const resumed = await runQuire(['import', t.vaultPath, folder, '--type', 'WI', '--dept', 'PRD', '--as', 'carol', '--json'], asCarol);
    expect(resumed.code, resumed.stderr).toBe(0);
    const report = JSON.parse(resumed.stdout) as ImportReport;
    expect(report.alreadyImported).toHaveLength(afterKill.imported);
    expect(report.unreadable).toEqual([]);
    expect(counts(t.vaultPath)).toEqual({ documents: fileCount - 1, revisions: fileCount, imported: fileCount, distinctPaths: fileCount });

    const again = await runQuire(['import', t.vaultPath, folder, '--type', 'WI', '--dept', 'PRD', '--as', 'carol'], asCarol);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/^Imported 0 document\(s\), 0 revision\(s\) from .*\nNothing new: every file was imported before \(same path and SHA-256\)\./u);
    expect(again.stderr).toBe(''); // no progress line when stderr is not a terminal
    expect(counts(t.vaultPath).revisions).toBe(fileCount);

    const verify = await verifyWithCli(t.vaultPath);
    expect(verify.problems).toEqual([]);
    expect(verify.code).toBe(0);
  }, 240_000);

  it('adds a newer revision found on a later run to its document\'s history', async () => {
    makePdfWithGhostscript(path.join(folder, 'WI-PRD-0500 Rev C Startup.pdf'), [['Startup C']]);
    const run = await runQuire(['import', t.vaultPath, folder, '--type', 'WI', '--dept', 'PRD', '--as', 'carol', '--json'], asCarol);
    expect(run.code, run.stderr).toBe(0);
    const report = JSON.parse(run.stdout) as ImportReport;
    expect(report.documents.map((d) => [d.number, d.revisions.map((r) => [r.label, r.state])])).toEqual([['WI-PRD-0500', [['C', 'effective']]]]);
    expect(report.clashes).toEqual([]);
    expect(report.alreadyImported).toHaveLength(fileCount);
    const db = new Database(t.vaultPath, { readonly: true });
    try {
      expect(db.prepare("SELECT r.major_label, r.state FROM revisions r JOIN documents d ON d.id = r.document_id WHERE d.number = 'WI-PRD-0500' ORDER BY r.id").raw().all()).toEqual([['A', 'superseded'], ['B', 'superseded'], ['C', 'effective']]);
    } finally {
      db.close();
    }
    const verify = await verifyWithCli(t.vaultPath);
    expect(verify.problems).toEqual([]);
  }, 120_000);
});
