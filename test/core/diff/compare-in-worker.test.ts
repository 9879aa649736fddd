import { describe, expect, it } from 'vitest';
import { compareInWorker } from '../../../electron/core/diff/compare-in-worker';
import { compareRevisionTexts } from '../../../electron/core/diff/compare-revision-texts';
import { isQuireError } from '../../../shared/errors';
import { procedurePages } from '../../helpers/procedure-text';

const revC = { pages: procedurePages(40, 4, 5).map((page) => page.join('\n')) };
const revD = { pages: revC.pages.map((page, i) => (i === 17 ? page.replace('shall', 'must') : page)) };
const options = { ignoreWhitespace: true, ignoreLineWrap: true };

describe('comparing off the serving thread', () => {
  it('gives the same comparison as comparing in place', async () => {
    const inWorker = await compareInWorker(revC, revD, options);
    expect(inWorker).toEqual(compareRevisionTexts(revC, revD, options));
    expect(inWorker.summary.newPagesChanged).toEqual([18]);
  });

  it('stops the worker at the time limit and says so with COMPARISON_TIMED_OUT', async () => {
    const error: unknown = await compareInWorker(revC, revD, options, { timeLimitMs: 1 }).catch((e: unknown) => e);
    expect(isQuireError(error) && error.code).toBe('COMPARISON_TIMED_OUT');
    expect(isQuireError(error) && error.params).toEqual({ timeLimitMs: 1 });
  });
});
