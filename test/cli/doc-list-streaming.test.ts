import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RegisterEntry } from '../../shared/contract';
import { registerText } from '../../electron/cli/commands/document-commands';
import { addBulkRegister } from '../helpers/bulk-register';
import { addDocumentTeam, releaseNewestDraft, type DocumentTeam } from '../helpers/document-team';
import { pageCountByQpdf, pdfTextByPage, qpdfCheckClean } from '../helpers/pdf-tools';
import { runQuire } from '../helpers/quire-cli';
import { createTestVault, userPassword, type TestVault } from '../helpers/temp-vault';

/** RFC 4180 rows (quoted fields with commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n') {
      row.push(field.replace(/\r$/, ''));
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  return rows;
}

// `quire doc list` reads the register row by row and prints it as it reads, in the same table (and the same
// JSON) as before; `--master` prints the master document list as CSV on stdout, or writes it as CSV or as a
// stamped PDF through the core method the app's export buttons use.
describe('quire doc list, streamed, and the master document list', () => {
  let t: TestVault;
  let team: DocumentTeam;
  let sop: string;
  const asCarol = { QUIRE_PASSWORD: userPassword };
  let everything: RegisterEntry[];

  beforeAll(async () => {
    t = await createTestVault();
    team = await addDocumentTeam(t);
    addBulkRegister(t.core.vault.db, { ownerIds: [1], count: 1_200 });
    sop = (await t.core.call(team.author, 'documents.register', { type: 'SOP', department: 'QA', title: 'Nettoyage, "ligne 3"', file: { path: t.file('a.txt', 'A\n') }, changeSummary: '=SUM(A1) first issue' })).number;
    await releaseNewestDraft(t, team, sop);
    // The widest title: Chinese and an emoji (one code point, two UTF-16 units) size the column as the table pads it.
    await t.core.call(team.author, 'documents.register', { type: 'WI', department: 'QA', title: `清洁灌装线的每一个步骤 😀 ${'长'.repeat(60)}`, file: { path: t.file('w.txt', 'W\n') } });
    await t.core.call(team.controller, 'prints.print', { number: sop, mode: 'controlled', copyholder: 'Line 3 supervisor', location: 'Hall 2', destination: path.join(t.dir, 'copy.pdf') });
    everything = [];
    for (let offset = 0; ; offset += 500) {
      const window = await t.core.call(team.controller, 'documents.list', { offset, limit: 500 });
      everything.push(...window.documents);
      if (window.documents.length < 500) break;
    }
    t.core.close();
  }, 300_000);
  afterAll(() => t.cleanup());

  it('prints the same table as before, every document, in number order', async () => {
    const run = await runQuire(['doc', 'list', t.vaultPath, '--as', 'carol'], asCarol);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`${registerText(everything)}\n`);
    expect(run.stdout.split('\n')[0]).toMatch(/^number\s+title\s+type\s+dept\s+owner\s+rev\s+state\s+status$/);
  }, 120_000);

  it('prints the same JSON array as JSON.stringify would, and filters and sorts like the app', async () => {
    const run = await runQuire(['doc', 'list', t.vaultPath, '--as', 'carol', '--json'], asCarol);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`${JSON.stringify(everything, null, 2)}\n`);
    const sorted = await runQuire(['doc', 'list', t.vaultPath, '--as', 'carol', '--json', '--type', 'sop', '--state', 'effective', '--sort', 'effectiveDate', '--desc'], asCarol);
    const rows = JSON.parse(sorted.stdout) as RegisterEntry[];
    expect(rows.length).toBe(everything.filter((d) => d.type === 'SOP' && d.currentRevision?.state === 'effective').length);
    expect(rows.map((d) => d.effectiveDate)).toEqual(rows.map((d) => d.effectiveDate).sort().reverse());
    const empty = await runQuire(['doc', 'list', t.vaultPath, '--as', 'carol', '--search', 'no such thing'], asCarol);
    expect(empty.stdout).toBe('The register is empty.\n');
    const wrong = await runQuire(['doc', 'list', t.vaultPath, '--as', 'carol', '--sort', 'colour'], asCarol);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/^INVALID_INPUT: /);
  }, 120_000);

  it('prints the master list as CSV: reviewers, approvers, copyholders and the last change, quoted where needed, formulas defused', async () => {
    const run = await runQuire(['doc', 'list', t.vaultPath, '--as', 'carol', '--master', '--csv'], asCarol);
    expect(run.code).toBe(0);
    const rows = parseCsv(run.stdout);
    expect(rows[0]).toEqual(['Number', 'Title', 'Type', 'Department', 'Revision', 'State', 'Status', 'Effective date', 'Next review', 'Owner', 'Reviewers', 'Approvers', 'Controlled copies', 'Last change']);
    expect(rows.slice(1).map((r) => r[0])).toEqual(everything.map((d) => d.number));
    const line = rows.find((r) => r[0] === sop)!;
    const entry = everything.find((d) => d.number === sop)!;
    expect(line).toEqual([sop, 'Nettoyage, "ligne 3"', 'SOP', 'QA', 'A', 'effective', 'active', entry.effectiveDate, entry.nextReviewDate, 'Arun Author', '张伟', 'Łukasz Ñúñez', 'Line 3 supervisor (copy 1, Hall 2)', "'=SUM(A1) first issue"]);

    const toFile = await runQuire(['doc', 'list', t.vaultPath, '--as', 'carol', '--master', '--csv', '--out', path.join(t.dir, 'master.csv')], asCarol);
    expect(toFile.stdout).toMatch(/^Wrote .*master\.csv \(1202 documents, \d+ bytes\)\.\n$/);
    const written = readFileSync(path.join(t.dir, 'master.csv'), 'utf8');
    expect(written).toBe(`\uFEFF${run.stdout.replace(/\n/g, '\r\n')}`);
  }, 120_000);

  it('writes the master list as a PDF stamped with the print date, the user and page n of m', async () => {
    const file = path.join(t.dir, 'master.pdf');
    const run = await runQuire(['doc', 'list', t.vaultPath, '--as', 'carol', '--pdf', file, '--dept', 'QA'], asCarol);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    qpdfCheckClean(file);
    const pages = pdfTextByPage(file);
    expect(pages.length).toBe(pageCountByQpdf(file));
    const today = new Date().toISOString().slice(0, 10);
    pages.forEach((text, i) => {
      expect(text).toContain(`Page ${i + 1} of ${pages.length}`);
      expect(text).toMatch(new RegExp(`printed ${today} \\d{2}:\\d{2} UTC by Carol Controller \\(carol\\)`));
      expect(text).toContain('Uncontrolled when printed');
    });
    const all = pages.join('\n');
    expect(all).toContain('Master document list');
    expect(all).toContain('Filtered: department QA');
    expect(all).toContain(sop);
    expect(all).toContain('Line 3 supervisor');
    expect(all).not.toContain('-PROD-');
  }, 180_000);

  it('asks for --csv or --pdf when --master has neither', async () => {
    const run = await runQuire(['doc', 'list', t.vaultPath, '--as', 'carol', '--master'], asCarol);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^INVALID_INPUT: Choose exactly one/);
  }, 60_000);
});
