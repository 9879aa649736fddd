import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { compareRevisionTexts } from '../../../electron/core/diff/compare-revision-texts';
import type { TextComparison } from '../../../shared/text-comparison';
import { extractRevisionText } from '../../../electron/core/text/extract-revision-text';
import { textMediaTypes, type RevisionText } from '../../../electron/core/text/revision-text';
import { convertWithLibreOffice, writeFlatOdt, type AuthoredPages } from '../../helpers/office-documents';
import { useTempDir } from '../../helpers/temp-dir';
import { procedurePages } from '../../helpers/procedure-text';

// Rev C of a six-page procedure, and Rev D in which an author changed three sentences:
// one word on page 2, a clause on page 4, and a whole sentence replaced on page 6.
const revC: AuthoredPages = procedurePages(6, 3, 4);
const edits = [
  { page: 2, paragraph: 1, before: 'within five working days', after: 'within ten working days' },
  { page: 4, paragraph: 0, before: 'the deviation report and its corrective action', after: 'the deviation report, its root cause and its corrective action' },
  { page: 6, paragraph: 2, before: /^.+?\.(?=\s)/u, after: 'Obsolete revisions shall be stamped OBSOLETE in red ink and kept in the archive room.' },
] as const;
const revD: AuthoredPages = revC.map((paragraphs, pageIndex) =>
  paragraphs.map((text, paragraphIndex) => {
    const edit = edits.find((e) => e.page === pageIndex + 1 && e.paragraph === paragraphIndex);
    if (!edit) return text;
    const changed = text.replace(edit.before, edit.after);
    if (changed === text) throw new Error(`edit on page ${edit.page} did not apply`);
    return changed;
  }),
);

const sentencesOf = (pages: AuthoredPages): string[] => pages.flat().flatMap((p) => p.match(/.+?\.(?=\s|$)/gu) ?? []).map((s) => s.trim());
const changedSentences = (): { before: string; after: string }[] => {
  const before = sentencesOf(revC);
  const after = sentencesOf(revD);
  return before.flatMap((s, i) => (s === after[i] ? [] : [{ before: s, after: after[i] ?? '' }]));
};

async function extract(path: string, mediaType: string): Promise<RevisionText> {
  const result = await extractRevisionText(readFileSync(path), mediaType);
  if (result.status !== 'ok') throw new Error(result.reason);
  return result;
}

const changesOf = (comparison: TextComparison) => comparison.hunks.filter((h) => h.kind !== 'unchanged-context');

describe('comparing two revisions made by LibreOffice', () => {
  const folder = useTempDir('compare');
  const pdf: Record<string, RevisionText> = {};
  const docx: Record<string, RevisionText> = {};

  beforeAll(async () => {
    const layouts = {
      'rev-c': [revC, { fontSizePt: 11, pageWidthCm: 21 }],
      'rev-d': [revD, { fontSizePt: 11, pageWidthCm: 21 }],
      // The same words as Rev C, re-flowed: larger type on a narrower page (so more pages, too).
      'rev-c-reflowed': [revC, { fontSizePt: 16, pageWidthCm: 14 }],
    } as const;
    const sources = Object.entries(layouts).map(([name, [pages, layout]]) => {
      const path = join(folder, `${name}.fodt`);
      writeFlatOdt(path, pages, layout);
      return path;
    });
    const pdfs = convertWithLibreOffice(sources, 'pdf', folder);
    const docxs = convertWithLibreOffice(sources.slice(0, 2), 'docx', folder);
    for (const [i, name] of Object.keys(layouts).entries()) pdf[name] = await extract(pdfs[i] ?? '', textMediaTypes.pdf);
    for (const [i, name] of Object.keys(layouts).slice(0, 2).entries()) docx[name] = await extract(docxs[i] ?? '', textMediaTypes.docx);
  });

  it('finds exactly the sentences the author changed, on the pages they are on', () => {
    const comparison = compareRevisionTexts(pdf['rev-c']!, pdf['rev-d']!, { ignoreWhitespace: true, ignoreLineWrap: true });
    const changes = changesOf(comparison);
    expect(changes.map((h) => h.kind)).toEqual(['changed', 'changed', 'changed']);
    expect(changes.map((h) => ({ before: h.old.map((p) => p.text).join(' '), after: h.new.map((p) => p.text).join(' ') }))).toEqual(changedSentences());
    expect(changes.map((h) => h.old[0]?.from.page)).toEqual([2, 4, 6]);
    expect(changes.map((h) => h.new[0]?.from.page)).toEqual([2, 4, 6]);
    expect(comparison.summary).toMatchObject({ oldPagesChanged: [2, 4, 6], newPagesChanged: [2, 4, 6], changes: 3 });
    expect(comparison.precision).toBe('word');
  });

  it('marks the changed words inside a changed sentence', () => {
    const comparison = compareRevisionTexts(pdf['rev-c']!, pdf['rev-d']!, { ignoreWhitespace: true, ignoreLineWrap: true });
    const [first, second] = changesOf(comparison);
    const marked = (kind: 'added' | 'removed', hunk = first) => hunk?.words?.filter((w) => w.kind === kind).map((w) => w.text.trim());
    expect(marked('removed')).toEqual(['five']);
    expect(marked('added')).toEqual(['ten']);
    expect(marked('removed', second)).toEqual([]);
    expect(marked('added', second)).toEqual([', its root cause']);
    // The parts rebuild both sentences, so the view can show either revision from them.
    for (const hunk of changesOf(comparison)) {
      const rebuild = (skip: string) => hunk.words?.filter((w) => w.kind !== skip).map((w) => w.text).join('').replace(/\s+/gu, ' ');
      expect(rebuild('added')).toBe(hunk.old.map((p) => p.text).join(' '));
      expect(rebuild('removed')).toBe(hunk.new.map((p) => p.text).join(' '));
    }
  });

  it('shows no change when the same words are re-flowed onto other lines and pages', () => {
    expect(pdf['rev-c-reflowed']!.pages.length).toBeGreaterThan(pdf['rev-c']!.pages.length);
    const comparison = compareRevisionTexts(pdf['rev-c']!, pdf['rev-c-reflowed']!, { ignoreWhitespace: true, ignoreLineWrap: true });
    expect(comparison.identical).toBe(true);
    expect(changesOf(comparison)).toEqual([]);
    // Compared line by line, the very same text differs almost everywhere.
    expect(compareRevisionTexts(pdf['rev-c']!, pdf['rev-c-reflowed']!, { ignoreWhitespace: true, ignoreLineWrap: false }).identical).toBe(false);
  });

  it('finds the same sentences in DOCX revisions, on the pages their page breaks make', () => {
    const comparison = compareRevisionTexts(docx['rev-c']!, docx['rev-d']!, { ignoreWhitespace: true, ignoreLineWrap: true });
    const changes = changesOf(comparison);
    expect(changes.map((h) => ({ before: h.old.map((p) => p.text).join(' '), after: h.new.map((p) => p.text).join(' ') }))).toEqual(changedSentences());
    expect(comparison.summary.oldPagesChanged).toEqual([2, 4, 6]);
  });

  it('sees a PDF and a DOCX of the same revision as the same text', () => {
    expect(compareRevisionTexts(pdf['rev-c']!, docx['rev-c']!, { ignoreWhitespace: true, ignoreLineWrap: true }).identical).toBe(true);
  });

  it('writes the evidence of a comparison as plain data', () => {
    const comparison = compareRevisionTexts(pdf['rev-c']!, pdf['rev-d']!, { ignoreWhitespace: true, ignoreLineWrap: true });
    writeFileSync(join(folder, 'comparison.json'), JSON.stringify(comparison));
    expect(JSON.parse(readFileSync(join(folder, 'comparison.json'), 'utf8'))).toEqual(comparison);
  });
});
