import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importAndWait } from '../../helpers/import-job';
import { createTestVault, signInCast, tempFolder, type TestVault } from '../../helpers/temp-vault';
import { effectiveDocument } from '../../helpers/workflow';

// Issue 12: a shared drive keeps gaining revisions after its first import. Importing the folder again must
// add the new file to its document's history as the next revision, not call the number a clash; a
// different document that happens to carry the same number is still a clash.

describe('importing a newer revision of a document already in the vault', () => {
  let t: TestVault;
  let tokens: Record<string, string>;
  const drive = tempFolder('quire-drive-');
  const put = (name: string, text: string) => writeFileSync(path.join(drive.dir, name), text);
  const revisionsOf = async (number: string) => (await t.core.call(tokens.carol!, 'documents.get', { number })).revisions.map((r) => [r.label, r.state]);

  beforeAll(async () => {
    t = await createTestVault();
    tokens = await signInCast(t, 'arun', 'rita', 'maria', 'carol');
    put('SOP-QA-0101 Rev A Cleaning of the filler.txt', 'Cleaning of the filler, revision A.\n');
    put('WI-PRD-0102 Rev A Press setup.txt', 'Press setup, revision A.\n');
    const first = await importAndWait(t, tokens.carol!, { folder: drive.dir });
    expect(first.documents.map((d) => d.number).sort()).toEqual(['SOP-QA-0101', 'WI-PRD-0102']);
  }, 120_000);
  afterAll(() => {
    t.cleanup();
    drive.cleanup();
  });

  it('appends the new file as the next revision: the older effective one is superseded, nothing else changes', async () => {
    put('SOP-QA-0101 Rev B Cleaning of the filler.txt', 'Cleaning of the filler, revision B: new detergent.\n');
    const report = await importAndWait(t, tokens.carol!, { folder: drive.dir });
    expect(report.clashes).toEqual([]);
    expect(report.unreadable).toEqual([]);
    expect(report.documents.map((d) => [d.number, d.revisions.map((r) => [r.label, r.state])])).toEqual([['SOP-QA-0101', [['B', 'effective']]]]);
    expect(report.alreadyImported.map((a) => a.path).sort()).toEqual(['SOP-QA-0101 Rev A Cleaning of the filler.txt', 'WI-PRD-0102 Rev A Press setup.txt']);
    expect(await revisionsOf('SOP-QA-0101')).toEqual([['A', 'superseded'], ['B', 'effective']]);
    expect(await revisionsOf('WI-PRD-0102')).toEqual([['A', 'effective']]);
    // Running it once more adds nothing.
    const again = await importAndWait(t, tokens.carol!, { folder: drive.dir });
    expect([again.documents, again.clashes]).toEqual([[], []]);
    expect(again.alreadyImported).toHaveLength(3);
  }, 60_000);

  it('still calls a different document with the same number (another title) a clash, and a label the document already has', async () => {
    put('WI-PRD-0102 Rev B Torque calibration.txt', 'Torque calibration: another document under the same number.\n');
    mkdirSync(path.join(drive.dir, 'Old'));
    put('Old/SOP-QA-0101 Rev A Cleaning of the filler.txt', 'A second file claiming revision A.\n');
    const report = await importAndWait(t, tokens.carol!, { folder: drive.dir });
    expect(report.documents).toEqual([]);
    expect(report.clashes.map((c) => c.number)).toEqual(['SOP-QA-0101', 'WI-PRD-0102']);
    // Two files of the folder claim revision A: the plan names the document's files together.
    expect(report.clashes[0]!.paths).toContain('Old/SOP-QA-0101 Rev A Cleaning of the filler.txt');
    expect(report.clashes[1]!.paths).toEqual(['WI-PRD-0102 Rev B Torque calibration.txt']);
    expect(report.clashes[0]!.reason).toMatch(/revision A/u);
    expect(report.clashes[1]!.reason).toMatch(/another document/u);
    expect(await revisionsOf('WI-PRD-0102')).toEqual([['A', 'effective']]);
    expect(await revisionsOf('SOP-QA-0101')).toEqual([['A', 'superseded'], ['B', 'effective']]);
  }, 60_000);

  it('refuses, from another folder, a revision the document already has or one older than its newest', async () => {
    const other = tempFolder('quire-drive-');
    try {
      writeFileSync(path.join(other.dir, 'SOP-QA-0101 Rev A Cleaning of the filler.txt'), 'Revision A as kept on another drive.\n');
      const report = await importAndWait(t, tokens.carol!, { folder: other.dir });
      expect(report.clashes.map((c) => [c.number, c.reason])).toEqual([['SOP-QA-0101', 'revision A is already in the register']]);
      expect(report.documents).toEqual([]);
    } finally {
      other.cleanup();
    }
  }, 60_000);

  it('appends to a document registered and released in Quire, under the type and title it has there', async () => {
    const route = { reviewers: ['rita'], approvers: ['maria'] };
    const number = await effectiveDocument(t, tokens.arun!, route, tokens, tokens.carol!, { type: 'SOP', title: 'Gowning' });
    const other = tempFolder('quire-drive-');
    try {
      writeFileSync(path.join(other.dir, `${number} Rev B Gowning.txt`), 'Gowning, revision B from the shared drive.\n');
      const report = await importAndWait(t, tokens.carol!, { folder: other.dir });
      expect(report.clashes).toEqual([]);
      expect(report.documents.map((d) => [d.number, d.revisions.map((r) => [r.label, r.state])])).toEqual([[number, [['B', 'effective']]]]);
      expect(await revisionsOf(number)).toEqual([['A', 'superseded'], ['B', 'effective']]);
    } finally {
      other.cleanup();
    }
  }, 120_000);

  it('leaves a vault that verify explains from its audit trail', async () => {
    const result = await t.core.call(t.adminToken, 'vault.verify', {});
    expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);
  }, 60_000);
});
