import { describe, expect, it } from 'vitest';
import { parseRoute, routeHref } from '../../renderer/app/use-hash-route';

// The training matrix's address (#/training/matrix?job=<code>), beside the training screen's own.
describe('the training matrix route', () => {
  it('reads and writes #/training/matrix with and without a job, and keeps #/training for the outstanding list', () => {
    expect(parseRoute('#/training/matrix')).toEqual({ screen: 'training-matrix' });
    expect(parseRoute('#/training/matrix?job=QA-INSP')).toEqual({ screen: 'training-matrix', job: 'QA-INSP' });
    expect(parseRoute('#/training')).toEqual({ screen: 'training' });
    const route = { screen: 'training-matrix' as const, job: 'PACK & LABEL' };
    expect(parseRoute(routeHref(route))).toEqual(route);
    expect(routeHref({ screen: 'training-matrix' })).toBe('#/training/matrix');
  });
});
