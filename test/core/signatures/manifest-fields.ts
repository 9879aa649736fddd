import type { SignatureManifestFields } from '../../../electron/core/signatures';

// A signature as the workflow would gather it: Dr Łukasz Wójcik approves revision B of an SOP in Warsaw, in winter.
export function approvalFields(overrides: Partial<SignatureManifestFields> = {}): SignatureManifestFields {
  return {
    documentNumber: 'SOP-QA-0007',
    documentId: 'doc-0007',
    revisionId: 'rev-0007-b',
    revisionLabel: 'B',
    contentSha256: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08',
    meaning: 'approved',
    signerUserId: 'user-42',
    signerUsername: 'lwojcik',
    printedName: 'Łukasz Wójcik',
    signerKeyId: '0000000000000000000000000000000000000000000000000000000000000000',
    signedAt: new Date('2026-01-15T09:30:00.123Z'),
    timeZone: 'Europe/Warsaw',
    utcOffset: '+01:00',
    comment: 'Approved after CAPA-118 was closed.',
    previousSignatureSha256: null,
    ...overrides,
  };
}

export async function errorCodeOf(action: () => unknown): Promise<string | undefined> {
  try {
    await action();
  } catch (error) {
    return (error as { code?: string }).code;
  }
  return undefined;
}
