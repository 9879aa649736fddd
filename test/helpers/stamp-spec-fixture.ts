import type { StampSpec } from '../../electron/core/pdf/stamp-spec';

/** A realistic print description; tests override what their story is about. */
export function stampSpecFixture(overrides: Partial<StampSpec> = {}): StampSpec {
  return {
    documentNumber: 'SOP-QA-0007',
    title: 'Control of documented information',
    revisionLabel: 'C',
    revisionState: 'effective',
    effectiveDate: '2025-03-01',
    copy: { kind: 'controlled', copyNumber: 12, copyholder: 'Jane Doe', location: 'QC Lab 2', reprint: false },
    verificationCode: 'QX7-4KD9-P2',
    printedAt: '2025-06-02T08:30:00Z',
    printTimeZone: 'Europe/Berlin',
    contentSha256: 'a3f1c9e07b2d4c5e8f9a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e',
    signatures: [
      { printedName: 'José Müller', meaning: 'Authored', signedAt: '2025-02-10T09:15:00Z', timeZone: 'Europe/Madrid', contentSha256: 'a3f1c9e07b2d4c5e8f9a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e' },
      { printedName: 'Иван Петров', meaning: 'Reviewed', signedAt: '2025-02-11T13:40:00Z', timeZone: 'Europe/Moscow', contentSha256: 'a3f1c9e07b2d4c5e8f9a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e' },
      { printedName: '王小明', meaning: 'Approved', signedAt: '2025-02-12T02:05:00Z', timeZone: 'Asia/Shanghai', contentSha256: 'a3f1c9e07b2d4c5e8f9a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e' },
    ],
    revisionHistory: [
      { label: 'A', effectiveDate: '2023-01-15', changeSummary: 'First issue.' },
      { label: 'B', effectiveDate: '2024-04-01', changeSummary: 'Added retention rules for electronic records (21 CFR Part 11 §11.10(c)); clarified who approves.' },
      { label: 'C', effectiveDate: '2025-03-01', changeSummary: 'Periodic review: updated references to ISO 9001:2015 clause 7.5.3.' },
    ],
    ...overrides,
  };
}
