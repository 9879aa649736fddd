import { writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportReport } from '../../../shared/contract';
import { buildSharedDrive, sheetAsCsv, type SharedDrive } from '../../helpers/shared-drive-folder';
import { sqlite3Tool } from '../../helpers/sqlite3-tool';
import { importAndWait } from '../../helpers/import-job';
import { createTestVault, tempFolder, userPassword, type TestVault } from '../../helpers/temp-vault';

// Issue 12, item 1: a shared drive with its master list comes in as documents with their histories.
describe('bulk import of a shared drive with a CSV master list', () => {
  let t: TestVault;
  let carol: string;
  let drive: SharedDrive;
  let sheetPath: string;
  let report: ImportReport;
  const folder = tempFolder('quire-drive-');

  beforeAll(async () => {
    t = await createTestVault();
    carol = await t.addSignedInUser('carol', 'Carol Controller', ['controller']);
    drive = buildSharedDrive(folder.dir);
    sheetPath = path.join(folder.dir, 'master list.csv');
    writeFileSync(sheetPath, sheetAsCsv(drive.sheet));
    report = await importAndWait(t, carol, { folder: drive.root, metadata: sheetPath });
  }, 180_000);
  afterAll(() => {
    t.cleanup();
    folder.cleanup();
  });

  it('imports each document with its history: older revisions superseded, the newest effective', async () => {
    const sop = await t.core.call(carol, 'documents.get', { number: 'SOP-QA-0007' });
    expect(sop.title).toBe('Line clearance; "dégagement de ligne"');
    expect(sop.reviewIntervalMonths).toBe(24);
    expect(sop.revisions.map((r) => [r.label, r.state, r.effectiveDate])).toEqual([
      ['A', 'superseded', '2019-03-01'],
      ['B', 'superseded', '2021-06-15'],
      ['C', 'effective', '2024-01-10'],
    ]);
    const chinese = await t.core.call(carol, 'documents.get', { number: 'WI-PRD-0010' });
    expect([chinese.title, chinese.revisions[0]!.fileName, chinese.revisions[0]!.state]).toEqual(['包装作业指导书', '包装作业指导书.txt', 'effective']);
    const french = await t.core.call(carol, 'documents.get', { number: 'WI-PRD-0003' });
    expect([french.title, french.revisions[0]!.label]).toEqual(['Réglage de la presse', 'B']);
    const docx = await t.core.call(carol, 'documents.get', { number: 'FRM-PRD-0011' });
    expect(docx.revisions[0]!.mediaType).toContain('wordprocessingml');
    // No number in the sheet or the name: numbered by the type's scheme.
    const numbered = report.documents.find((d) => d.title === 'Cleaning notes')!;
    expect(numbered.number).toMatch(/^WI-PRD-\d{4}$/u);
    expect(report.documents).toHaveLength(6);
  });

  it('keeps each file\'s text, so comparisons (and search) have it', () => {
    const text = t.core.vault.db
      .prepare("SELECT t.status, t.pages FROM revisions r JOIN documents d ON d.id = r.document_id JOIN content_texts t ON t.content_id = r.content_id WHERE d.number = 'SOP-QA-0007' AND r.major_label = 'C'")
      .get() as { status: string; pages: string };
    expect(text.status).toBe('ok');
    expect(JSON.parse(text.pages)[1]).toContain('Page two');
  });

  it('reports every file it did not import, with its reason', () => {
    expect(report.unreadable.map((u) => u.path)).toEqual(['QA/SOP-QA-0009 Rev A Broken.pdf']);
    expect(report.unreadable[0]!.reason).toMatch(/PDF/u);
    expect(report.duplicates).toEqual([{ path: 'QA/copy of SOP-QA-0008 Rev B.pdf', sameAs: 'QA/SOPs/SOP-QA-0008 Rev B Deviation handling.pdf' }]);
    expect(report.clashes.map((c) => [c.number, c.reason])).toEqual([['WI-PRD-0004', 'two files claim revision A']]);
    expect(report.rowsWithoutFile.map((r) => r.path)).toEqual(['QA/SOPs/SOP-QA-0099 Rev A Missing.pdf']);
    expect(report.skipped.map((s) => [s.path, s.reason])).toEqual(
      expect.arrayContaining([
        ['QA/.~lock.SOP-QA-0007.odt#', 'hidden'],
        ['QA/Thumbs.db', 'system'],
        ['QA/link-to-secret.txt', 'link-outside-folder'],
      ]),
    );
  });

  it('records legacy releases as the controller\'s import attestation, never as Quire approvals', async () => {
    const signatures = await t.core.call(carol, 'signatures.list', { number: 'SOP-QA-0007' });
    expect(signatures.map((s) => [s.revision, s.meaning, s.signer.username])).toEqual([
      ['A', 'import-attested', 'carol'],
      ['B', 'import-attested', 'carol'],
      ['C', 'import-attested', 'carol'],
    ]);
    expect(signatures.every((s) => s.comment === 'Approved under the previous system; imported with its recorded revision history.')).toBe(true);
    const verified = await t.core.call(carol, 'signatures.verify', { number: 'SOP-QA-0007' });
    expect(verified.every((v) => v.valid)).toBe(true);
  });

  it('adds nothing when the same import runs again, and says so', async () => {
    const events = t.core.vault.db.prepare('SELECT count(*) FROM revisions').pluck().get();
    const again = await importAndWait(t, carol, { folder: drive.root, metadata: sheetPath });
    expect(again.documents).toEqual([]);
    expect(again.alreadyImported.length).toBe(9);
    expect(again.duplicates.map((d) => d.path)).toEqual(['QA/copy of SOP-QA-0008 Rev B.pdf']);
    expect(t.core.vault.db.prepare('SELECT count(*) FROM revisions').pluck().get()).toBe(events);
  });

  it('leaves a vault that verify explains from its audit trail', async () => {
    const result = await t.core.call(t.adminToken, 'vault.verify', {});
    expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('names an imported revision whose recorded origin was changed behind the app\'s back', async () => {
    sqlite3Tool(t.vaultPath, "DROP TRIGGER imported_files_never_changed; UPDATE imported_files SET source_path = '/elsewhere/forged.pdf' WHERE revision_id = (SELECT min(revision_id) FROM imported_files);");
    const result = await t.core.call(t.adminToken, 'vault.verify', {});
    expect(result.ok).toBe(false);
    expect(result.problems.map((p) => p.message).join('\n')).toMatch(/where it was imported from is "\/elsewhere\/forged\.pdf" in the vault, but the audit trail says "[^"]*Shared drive\/[^"]+"/u);
  });
});

describe('bulk import with an XLSX master list', () => {
  it('reads the first worksheet, columns in any order and case', async () => {
    const t = await createTestVault();
    const folder = tempFolder('quire-xlsx-');
    try {
      const carol = await t.addSignedInUser('carol', 'Carol Controller', ['controller']);
      writeFileSync(path.join(folder.dir, 'a.txt'), 'Première procédure.\n');
      writeFileSync(path.join(folder.dir, 'b.txt'), '第二个程序。\n');
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet('Master list');
      sheet.addRow(['TITLE', 'path', 'Effective_Date', 'NUMBER', 'type', 'dept']);
      sheet.addRow(['Procédure première', 'a.txt', new Date('2021-04-05T00:00:00Z'), 'SOP-QA-0100', 'SOP', 'QA']);
      sheet.addRow(['第二个程序', 'b.txt', '2022-06-07', 'SOP-QA-0101', 'SOP', 'QA']);
      const xlsx = path.join(folder.dir, 'master.xlsx');
      await workbook.xlsx.writeFile(xlsx);
      const report = await importAndWait(t, carol, { folder: folder.dir, metadata: xlsx });
      expect(report.filesWithoutRow).toEqual(['master.xlsx']);
      const first = await t.core.call(carol, 'documents.get', { number: 'SOP-QA-0100' });
      expect([first.title, first.revisions[0]!.effectiveDate, first.revisions[0]!.state]).toEqual(['Procédure première', '2021-04-05', 'effective']);
      expect((await t.core.call(carol, 'documents.get', { number: 'SOP-QA-0101' })).title).toBe('第二个程序');
    } finally {
      t.cleanup();
      folder.cleanup();
    }
  }, 60_000);
});

describe('an import as a job: progress, and cancel', () => {
  it('reports files and bytes as it goes, and stops after the batch being written when cancelled', async () => {
    const t = await createTestVault();
    const folder = tempFolder('quire-cancel-');
    try {
      const carol = await t.addSignedInUser('carol', 'Carol Controller', ['controller']);
      for (let i = 0; i < 400; i++) writeFileSync(path.join(folder.dir, `Note ${String(i).padStart(3, '0')}.txt`), `Note ${i}: ${'keep the floor dry. '.repeat(200)}\n`);
      const { jobId } = await t.core.call(carol, 'import.start', { folder: folder.dir, type: 'WI', department: 'PRD', password: userPassword });
      await expect(t.core.call(carol, 'import.start', { folder: folder.dir, type: 'WI', password: userPassword })).rejects.toMatchObject({ code: 'IMPORT_ALREADY_RUNNING' });
      let progress = await t.core.call(carol, 'import.progress', { jobId });
      while (progress.documentsImported === 0 && !progress.report) {
        await new Promise((resolve) => setTimeout(resolve, 10));
        progress = await t.core.call(carol, 'import.progress', { jobId });
      }
      expect(progress.filesTotal).toBe(400);
      expect(progress.bytesDone).toBeGreaterThan(0);
      await t.core.call(carol, 'import.cancel', { jobId });
      while (!progress.report) {
        await new Promise((resolve) => setTimeout(resolve, 20));
        progress = await t.core.call(carol, 'import.progress', { jobId });
      }
      expect(progress.phase).toBe('cancelled');
      expect(progress.report.finished).toBe(false);
      const written = t.core.vault.db.prepare('SELECT count(*) FROM documents').pluck().get() as number;
      expect(written).toBe(progress.report.documents.length);
      expect(written).toBeLessThan(400);
      expect(t.core.vault.db.prepare('SELECT count(*) FROM imported_files').pluck().get()).toBe(written);
      await expect(t.core.call(carol, 'import.progress', { jobId: 'import-99' })).rejects.toMatchObject({ code: 'IMPORT_JOB_NOT_FOUND' });
    } finally {
      t.cleanup();
      folder.cleanup();
    }
  }, 120_000);
});
