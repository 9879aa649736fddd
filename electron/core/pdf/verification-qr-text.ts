import type { StampSpec } from './stamp-spec';

/** What the QR code on a printed page carries, enough to look the copy up and check its content. */
export interface VerificationQrData {
  documentNumber: string;
  revisionLabel: string;
  copyNumber: number | null;
  printedAt: string;
  contentSha256: string;
}

const prefix = 'QUIRE1';

/** The QR text of a print: `QUIRE1|<doc>|<rev>|<copy or ->|<printed at>|<sha256>`, each field percent-encoded. */
export function verificationQrText(spec: StampSpec): string {
  const copyNumber = spec.copy.kind === 'controlled' ? String(spec.copy.copyNumber) : '-';
  return [prefix, spec.documentNumber, spec.revisionLabel, copyNumber, spec.printedAt, spec.contentSha256].map(encodeURIComponent).join('|');
}

/** Reads the QR text back (for the verify feature); null when it is not a Quire print code. */
export function parseVerificationQrText(text: string): VerificationQrData | null {
  const fields = text.split('|').map((field) => decodeURIComponent(field));
  if (fields.length !== 6 || fields[0] !== prefix) return null;
  const [, documentNumber = '', revisionLabel = '', copy = '', printedAt = '', contentSha256 = ''] = fields;
  return { documentNumber, revisionLabel, copyNumber: copy === '-' ? null : Number(copy), printedAt, contentSha256 };
}
