import { describe, expect, it } from 'vitest';
import { parseRoute, routeHref } from '../../renderer/app/use-hash-route';
import { findInPages, type PageTextRun } from '../../renderer/features/viewer/find-in-pages';

const run = (str: string, hasEOL = false): PageTextRun => ({ str, transform: [1, 0, 0, 1, 72, 700], width: str.length * 6, height: 11, hasEOL });

// The viewer's address and its search, without a browser: what the e2e test relies on underneath.
describe('the document viewer', () => {
  it('reads and writes its address: #/documents/<number>/revisions/<label>/view?page=<n>&find=<text>', () => {
    expect(parseRoute('#/documents/SOP-QA-0001/revisions/B.1/view?page=2&find=log%20book')).toEqual({ screen: 'viewer', number: 'SOP-QA-0001', label: 'B.1', page: 2, find: 'log book' });
    expect(parseRoute('#/documents/SOP-QA-0001/revisions/A/view')).toEqual({ screen: 'viewer', number: 'SOP-QA-0001', label: 'A' });
    expect(parseRoute('#/documents/SOP-QA-0001/revisions/A/view?page=-3')).toEqual({ screen: 'viewer', number: 'SOP-QA-0001', label: 'A' });
    expect(parseRoute('#/documents/SOP-QA-0001')).toEqual({ screen: 'document', number: 'SOP-QA-0001' });
    const route = { screen: 'viewer' as const, number: 'SOP-QA-0001', label: 'B.1', page: 3, find: 'reject bins' };
    expect(parseRoute(routeHref(route))).toEqual(route);
  });

  it('finds every occurrence, case-insensitive, across runs and lines, and says which part of each run it covers', () => {
    const pages = [[run('Step 1: sweep the floor.', true)], [run('Step 3: wipe the turquo'), run('ise panels.', true), run('Turquoise again.', true)]];
    const found = findInPages(pages, 'TURQUOISE');
    expect(found.map((f) => f.page)).toEqual([2, 2]);
    expect(found[0]!.parts.map((p) => p.run)).toEqual([0, 1]);
    expect(found[0]!.parts[0]!.to).toBe(1);
    expect(found[1]!.parts).toEqual([{ run: 2, from: 0, to: 9 / 16 }]);
    expect(findInPages(pages, 'floor. step')).toHaveLength(0);
    expect(findInPages(pages, '   ')).toEqual([]);
  });
});
