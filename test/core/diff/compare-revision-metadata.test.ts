import { describe, expect, it } from 'vitest';
import { compareRevisionMetadata } from '../../../electron/core/diff/compare-revision-metadata';

describe('comparing the controlled attributes of two revisions', () => {
  it('lists what moved, in register order, and nothing else', () => {
    const revC = { title: 'Document control', owner: 'A. Meyer', department: 'QA', reviewIntervalMonths: 24, retention: '10 years', externalSource: '', plant: 'Basel', keywords: ['GMP', 'documents'] };
    const revD = { title: 'Document control', owner: 'B. Okafor', department: 'QA', reviewIntervalMonths: 12, retention: '10 years', externalSource: null, plant: 'Lyon', keywords: ['GMP', 'documents'] };
    expect(compareRevisionMetadata(revC, revD)).toEqual([
      { field: 'owner', label: 'Owner', old: 'A. Meyer', new: 'B. Okafor' },
      { field: 'reviewIntervalMonths', label: 'Review interval (months)', old: 24, new: 12 },
      { field: 'plant', label: 'plant', old: 'Basel', new: 'Lyon' },
    ]);
  });

  it('reports a field that was set or cleared', () => {
    expect(compareRevisionMetadata({ externalSource: 'ISO 9001:2015' }, {})).toEqual([{ field: 'externalSource', label: 'External source', old: 'ISO 9001:2015', new: null }]);
    expect(compareRevisionMetadata({ keywords: ['GMP'] }, { keywords: ['GMP', 'Annex 11'] })).toHaveLength(1);
  });
});
