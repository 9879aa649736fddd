import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ComparisonHunk } from '../../../shared/text-comparison';
import { cleaningSteps, writeProcedurePdf } from '../../helpers/paginated-procedure-pdf';
import { createTestVault, type TestVault } from '../../helpers/temp-vault';
import { noChangeImpact } from '../../helpers/workflow';

const changedStep = 'Step 66: wipe panel 5 with sporicidal agent and let it dry for ten minutes.';
const firstStepOfPage4 = 'Step 91: wipe panel 0 with sporicidal agent first.';
const addedStep = 'Step 181: record the cleaning in the log book.';

// Rev B of a 6-page PDF procedure changes two steps and adds a page: every page's header now says
// "Rev B" and every footer "of 7". Only the three real changes should be reported.
describe('comparing PDF revisions with running headers and footers', () => {
  let t: TestVault;
  let author: string;
  let number: string;
  const changes = (hunks: ComparisonHunk[]) => hunks.filter((h) => h.kind !== 'unchanged-context');

  beforeAll(async () => {
    t = await createTestVault();
    author = await t.addSignedInUser('arun', 'Arun Author', ['author']);
    const pagesA = cleaningSteps(6);
    const pagesB = pagesA.map((page) => [...page]);
    pagesB[2]![5] = changedStep;
    pagesB[3]![0] = firstStepOfPage4;
    pagesB.push([addedStep]);
    writeProcedurePdf(path.join(t.dir, 'a.pdf'), 'A', pagesA);
    writeProcedurePdf(path.join(t.dir, 'b.pdf'), 'B', pagesB);
    number = (await t.core.call(author, 'documents.register', { type: 'SOP', department: 'QA', title: 'Cleaning', file: { path: path.join(t.dir, 'a.pdf') } })).number;
    await t.core.call(author, 'revisions.createDraft', { impact: noChangeImpact, number, file: { path: path.join(t.dir, 'b.pdf') }, changeSummary: 'Sporicidal agent; log book.' });
  });
  afterAll(() => t.cleanup());

  it('reports every page as changed when headers and footers are compared', async () => {
    const c = await t.core.call(author, 'revisions.compare', { number, from: 'A.1', to: 'A.2' });
    expect(c.text!.summary.newPagesChanged).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(c.text!.headerFooterLinesIgnored).toBeUndefined();
  });

  for (const ignoreLineWrap of [false, true]) {
    it(`leaves them out and finds exactly the three real changes, on their pages (${ignoreLineWrap ? 'sentences' : 'lines'})`, async () => {
      const c = await t.core.call(author, 'revisions.compare', { number, from: 'A.1', to: 'A.2', ignoreLineWrap, ignoreHeadersFooters: true });
      const text = c.text!;
      expect(text.headerFooterLinesIgnored).toEqual({ old: 12, new: 14 });
      expect(text.summary.changes).toBe(3);
      const found = changes(text.hunks);
      expect(found.map((h) => h.new.map((p) => p.text).join(' '))).toEqual([changedStep, firstStepOfPage4, addedStep]);
      expect(found.map((h) => h.newAt.page)).toEqual([3, 4, 7]);
      // The first step of a page sits among its top lines, but looks like body text found mid-page too: kept.
      expect(found[1]!.old.map((p) => p.text)).toEqual(['Step 91: wipe panel 0 with 70 percent alcohol and let it dry.']);
      expect(found.flatMap((h) => [...h.old, ...h.new]).some((p) => /Rev [AB]|Page \d+ of|CONFIDENTIAL/.test(p.text))).toBe(false);
    });
  }

  it('says in the PDF report that running headers and footers were left out', async () => {
    const out = path.join(t.dir, 'report.pdf');
    const report = await t.core.call(author, 'revisions.compareReport', { number, from: 'A.1', to: 'A.2', ignoreHeadersFooters: true, destination: out });
    expect(report.changes).toBe(3);
    const text = execFileSync('pdftotext', [out, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('running headers and footers left out (12 lines of the old revision, 14 of the new)');
  });
});
