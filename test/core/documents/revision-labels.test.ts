import { describe, expect, it } from 'vitest';
import { nextReleasedLabel, releasedLabelAt, releasedLabelIndex, revisionLabel } from '../../../electron/core/documents/revision-labels';
import { defaultVaultSettings, type RevisionLabelScheme } from '../../../electron/core/vault/vault-settings';

const letters = defaultVaultSettings.revisionLabelScheme;
const numbers: RevisionLabelScheme = { kind: 'numbers', skip: [] };

describe('revision labels (engineering-drawing convention)', () => {
  it('runs A, B, … Y skipping I O Q S X Z, then AA, AB', () => {
    const first22 = Array.from({ length: 22 }, (_, i) => releasedLabelAt(i, letters));
    expect(first22).toEqual(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'J', 'K', 'L', 'M', 'N', 'P', 'R', 'T', 'U', 'V', 'W', 'Y', 'AA', 'AB']);
  });

  it('steps to the next label, across the skipped letters and into two letters', () => {
    expect(nextReleasedLabel(null, letters)).toBe('A');
    expect(nextReleasedLabel('H', letters)).toBe('J');
    expect(nextReleasedLabel('N', letters)).toBe('P');
    expect(nextReleasedLabel('R', letters)).toBe('T');
    expect(nextReleasedLabel('W', letters)).toBe('Y');
    expect(nextReleasedLabel('Y', letters)).toBe('AA');
    expect(nextReleasedLabel('AY', letters)).toBe('BA');
    expect(nextReleasedLabel('YY', letters)).toBe('AAA');
  });

  it('never produces a skipped letter, and reads every label back to its position', () => {
    for (let i = 0; i < 2000; i++) {
      const label = releasedLabelAt(i, letters);
      expect(label).not.toMatch(/[IOQSXZ]/);
      expect(releasedLabelIndex(label, letters)).toBe(i);
    }
  });

  it('refuses a label with a letter the scheme skips', () => {
    expect(() => releasedLabelIndex('AI', letters)).toThrow(expect.objectContaining({ code: 'REVISION_LABEL_SCHEME_INVALID' }));
  });

  it('counts 1, 2, 3 in the numbers scheme', () => {
    expect([0, 1, 2].map((i) => releasedLabelAt(i, numbers))).toEqual(['1', '2', '3']);
    expect(nextReleasedLabel('9', numbers)).toBe('10');
  });

  it('calls a draft B.2 and a released revision B', () => {
    expect(revisionLabel('B', 2, 'draft')).toBe('B.2');
    expect(revisionLabel('B', 2, 'in_review')).toBe('B.2');
    expect(revisionLabel('B', 2, 'approved')).toBe('B');
    expect(revisionLabel('B', 2, 'effective')).toBe('B');
    expect(revisionLabel('B', 2, 'superseded')).toBe('B');
  });
});
