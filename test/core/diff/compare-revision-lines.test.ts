import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { compareRevisionTexts } from '../../../electron/core/diff/compare-revision-texts';
import { extractRevisionText } from '../../../electron/core/text/extract-revision-text';
import { textMediaTypes, type RevisionText } from '../../../electron/core/text/revision-text';
import { makePdfWithGhostscript } from '../../helpers/office-documents';
import { useTempDir } from '../../helpers/temp-dir';
import { procedureSentence } from '../../helpers/procedure-text';

// A form with one statement per line (a checklist), where lines are the natural unit.
const linesPerPage = 30;
const checklist = (page: number): string[] => Array.from({ length: linesPerPage }, (_, i) => `${page}.${i + 1} ${procedureSentence(page * 100 + i).slice(0, 80)}`);
const revC = [checklist(1), checklist(2), checklist(3)];
const revD = [
  checklist(1),
  // Page 2: line 5 reworded, line 12 deleted, a new line after line 20, and line 25 with doubled spaces only.
  checklist(2).flatMap((line, i) => {
    if (i === 4) return [line.replace('shall', 'must')];
    if (i === 11) return [];
    if (i === 19) return [line, '2.20a Records of the line clearance shall be attached to the batch record.'];
    if (i === 24) return [line.replace(/ /gu, '  ')];
    return [line];
  }),
  checklist(3),
];

async function pdfText(folder: string, name: string, pages: string[][]): Promise<RevisionText> {
  const path = join(folder, `${name}.pdf`);
  makePdfWithGhostscript(path, pages, 9);
  const result = await extractRevisionText(readFileSync(path), textMediaTypes.pdf);
  if (result.status !== 'ok') throw new Error(result.reason);
  return result;
}

describe('comparing revisions line by line', () => {
  const folder = useTempDir('compare-lines');
  let c: RevisionText;
  let d: RevisionText;
  beforeAll(async () => {
    c = await pdfText(folder, 'rev-c', revC);
    d = await pdfText(folder, 'rev-d', revD);
  });

  it('reports the reworded, deleted and added lines with their page and line numbers', () => {
    const comparison = compareRevisionTexts(c, d, { ignoreWhitespace: true, ignoreLineWrap: false });
    const changes = comparison.hunks.filter((h) => h.kind !== 'unchanged-context');
    expect(changes.map((h) => [h.kind, h.old.map((p) => `${p.from.page}:${p.from.line}`), h.new.map((p) => `${p.from.page}:${p.from.line}`)])).toEqual([
      ['changed', ['2:5'], ['2:5']],
      ['removed', ['2:12'], []],
      ['added', [], ['2:20']],
    ]);
    expect(changes[0]?.words?.filter((w) => w.kind !== 'same').map((w) => [w.kind, w.text.trim()])).toEqual([
      ['removed', 'shall'],
      ['added', 'must'],
    ]);
    expect(comparison.summary).toEqual({ oldPagesChanged: [2], newPagesChanged: [2], wordsAdded: 1 + countWords(revD[1]?.[19]), wordsRemoved: 1 + countWords(revC[1]?.[11]), linesAdded: 2, linesRemoved: 2, changes: 3 });
  });

  it('shows a whitespace-only change only when whitespace is not ignored', async () => {
    // PDF text carries no reliable spacing, so this is a plain-text revision, where spaces are content.
    const asText = async (pages: string[][]) => {
      const result = await extractRevisionText(new TextEncoder().encode(pages.flat().join('\n')), textMediaTypes.plain);
      if (result.status !== 'ok') throw new Error(result.reason);
      return result;
    };
    const [textC, textD] = [await asText(revC), await asText(revD)];
    const changedLines = (ignoreWhitespace: boolean) =>
      compareRevisionTexts(textC, textD, { ignoreWhitespace, ignoreLineWrap: false })
        .hunks.filter((h) => h.kind === 'changed')
        .map((h) => h.old[0]?.from.line);
    expect(changedLines(false)).toEqual([35, 55]);
    expect(changedLines(true)).toEqual([35]);
  });

  it('keeps a few unchanged lines of context around each change, and no more', () => {
    const comparison = compareRevisionTexts(c, d, { ignoreWhitespace: true, ignoreLineWrap: false, contextPassages: 2 });
    const context = comparison.hunks.filter((h) => h.kind === 'unchanged-context').flatMap((h) => h.old.map((p) => p.from.line));
    expect(context).toEqual([3, 4, 6, 7, 10, 11, 13, 14, 19, 20, 21, 22]);
  });

  it('falls back to a coarser comparison, and says so, when the edit length bound is hit', () => {
    const coarse = compareRevisionTexts(c, d, { ignoreWhitespace: true, ignoreLineWrap: false, limits: { passageMaxEditLength: 2 } });
    expect(coarse.precision).toBe('coarse');
    expect(coarse.precisionNote).toMatch(/differ too much/u);
    const block = coarse.hunks.filter((h) => h.kind !== 'unchanged-context');
    expect(block).toHaveLength(1);
    expect([block[0]?.old[0]?.from, block[0]?.old.at(-1)?.from]).toEqual([{ page: 2, line: 5 }, { page: 2, line: 20 }]);

    const lineOnly = compareRevisionTexts(c, d, { ignoreWhitespace: true, ignoreLineWrap: false, limits: { wordMaxEditLength: 1 } });
    expect(lineOnly.precision).toBe('line');
    expect(lineOnly.precisionNote).toMatch(/1 changed block is too large/u);
    expect(lineOnly.hunks.find((h) => h.kind === 'changed')?.words).toBeUndefined();
  });

  it('finds nothing between a revision and itself', () => {
    const comparison = compareRevisionTexts(c, c, { ignoreWhitespace: false, ignoreLineWrap: false });
    expect(comparison).toMatchObject({ identical: true, hunks: [], precision: 'word', summary: { changes: 0, oldPagesChanged: [] } });
  });
});

function countWords(line = ''): number {
  return line.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}
