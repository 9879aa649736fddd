import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RevisionComparison } from '../../../shared/contract';
import { convertWithLibreOffice, writeFlatOdt } from '../../helpers/office-documents';
import { qpdfCheckClean } from '../../helpers/pdf-tools';
import { procedurePages } from '../../helpers/procedure-text';
import { createTestVault, type TestVault } from '../../helpers/temp-vault';
import { noChangeImpact } from '../../helpers/workflow';

// An approver asks "what exactly changed between rev A and rev B?" of two LibreOffice PDFs in the vault.
describe('comparing two revisions stored in the vault', () => {
  let t: TestVault;
  let author: string;
  let number: string;
  let comparison: RevisionComparison;
  const pagesA = procedurePages(5, 3, 3);
  const pagesB = pagesA.map((page) => [...page]);
  const changedOnPage2 = 'Operators wear clean gloves and hairnets in the filling room at all times.';
  const changedOnPage4 = 'The line supervisor signs the clearance checklist before the first unit is made.';

  beforeAll(async () => {
    t = await createTestVault();
    author = await t.addSignedInUser('arun', 'Arun Author', ['author']);
    await t.addSignedInUser('carol', 'Carol Controller', ['controller']);
    pagesB[1]![1] = changedOnPage2;
    pagesB[3]![2] = changedOnPage4;
    const layout = { fontSizePt: 11, pageWidthCm: 21 };
    writeFlatOdt(path.join(t.dir, 'sop-a.fodt'), pagesA, layout);
    writeFlatOdt(path.join(t.dir, 'sop-b.fodt'), pagesB, layout);
    const [pdfA, pdfB] = convertWithLibreOffice([path.join(t.dir, 'sop-a.fodt'), path.join(t.dir, 'sop-b.fodt')], 'pdf', t.dir);
    const doc = await t.core.call(author, 'documents.register', { type: 'SOP', department: 'QA', title: 'Gowning', file: { path: pdfA! } });
    number = doc.number;
    const controller = await t.core.login('carol', 'User-pass-2026!');
    await t.core.call(controller.token, 'documents.update', { number, title: 'Gowning in the filling room', reason: 'Title names the room.' });
    await t.core.call(author, 'revisions.createDraft', { impact: noChangeImpact, number, file: { path: pdfB! }, changeSummary: 'Gloves and hairnets; supervisor signs the checklist.' });
    comparison = await t.core.call(author, 'revisions.compare', { number, from: 'A.1', to: 'A.2', ignoreLineWrap: true });
  });
  afterAll(() => t.cleanup());

  it('finds exactly the two changed sentences, on pages 2 and 4 of both revisions', () => {
    const text = comparison.text!;
    expect(comparison.textUnavailable).toBeNull();
    expect(text.summary.changes).toBe(2);
    expect(text.summary.oldPagesChanged).toEqual([2, 4]);
    expect(text.summary.newPagesChanged).toEqual([2, 4]);
    const added = text.hunks.filter((h) => h.kind !== 'unchanged-context').map((h) => h.new.map((p) => p.text).join(' ').replace(/\s+/g, ' '));
    expect(added[0]).toContain(changedOnPage2);
    expect(added[1]).toContain(changedOnPage4);
  });

  it('shows the metadata as it stood at each revision, the change summary, and both hashes', () => {
    // A.1 was drafted under the old title (read back from the audit trail); A.2 is open, under today's.
    expect(comparison.metadataChanges).toEqual([{ field: 'title', label: 'Title', old: 'Gowning', new: 'Gowning in the filling room' }]);
    expect(comparison.new.changeSummary).toBe('Gloves and hairnets; supervisor signs the checklist.');
    expect(comparison.old.sha256).not.toBe(comparison.new.sha256);
    expect(comparison.old.text).toBe('extracted');
  });

  it('saves the comparison as a PDF report with both labels and hashes', async () => {
    const out = path.join(t.dir, 'compare.pdf');
    const report = await t.core.call(author, 'revisions.compareReport', { number, from: 'A.1', to: 'A.2', ignoreLineWrap: true, destination: out });
    expect(report.changes).toBe(2);
    qpdfCheckClean(out);
    const text = execFileSync('pdftotext', ['-layout', out, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain(comparison.old.sha256);
    expect(text).toContain(comparison.new.sha256);
    expect(text).toContain('Rev A.1');
  });

  it('puts the whole life of the document on one time line, the metadata change with its reason', async () => {
    const history = await t.core.call(author, 'documents.history', { number });
    expect(history.map((h) => `${h.action}${h.revision ? ` ${h.revision}` : ''}`)).toEqual([
      'document.registered',
      'revision.drafted A.1',
      'document.updated',
      'revision.replaced A.1',
      'revision.drafted A.2',
    ]);
    expect(history.find((h) => h.action === 'document.updated')!.reason).toBe('Title names the room.');
  });

  it('compares what it can when a revision has no extractable text, and says so', async () => {
    const binary = t.file('drawing.step', Buffer.from('ISO-10303-21;\nHEADER;\n'));
    const drawing = await t.core.call(author, 'documents.register', { type: 'DWG', department: 'ENG', title: 'Bracket', file: { path: binary } });
    await t.core.call(author, 'revisions.createDraft', { impact: noChangeImpact, number: drawing.number, file: { path: t.file('drawing2.step', Buffer.from('ISO-10303-21;\nHEADER;\nX;\n')) }, changeSummary: 'Hole moved.' });
    const result = await t.core.call(author, 'revisions.compare', { number: drawing.number, from: 'A.1', to: 'A.2' });
    expect(result.text).toBeNull();
    expect(result.textUnavailable).toMatch(/A\.1: .*does not extract text/);
  });
});
