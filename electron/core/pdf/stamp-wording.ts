import { revisionStateFacts, type PrintedRevisionState } from '../../../shared/lifecycle';
import type { StampSpec } from './stamp-spec';

// Every sentence that goes onto paper, in one place, so the print and its tests agree.

/** The diagonal watermark for a revision that is not effective, or null for an effective one (the lifecycle table's fixed record wording). */
export function watermarkLabelFor(state: PrintedRevisionState): string | null {
  return revisionStateFacts[state].watermark;
}

/** `SOP-QA-0007 · Rev. C · Title` */
export function identityLine(spec: StampSpec): string {
  return `${spec.documentNumber} · Rev. ${spec.revisionLabel} · ${spec.title}`;
}

export function effectiveLine(spec: StampSpec): string {
  return spec.effectiveDate ? `Effective ${spec.effectiveDate}` : 'Not effective';
}

/** The copy status line: controlled copy number and holder, or the uncontrolled warning. */
export function copyLine(spec: StampSpec): string {
  const copy = spec.copy;
  if (copy.kind === 'controlled') {
    const reprint = copy.reprint ? 'REPRINT · ' : '';
    return `${reprint}CONTROLLED COPY No. ${copy.copyNumber} · Copyholder: ${copy.copyholder} · Location: ${copy.location}`;
  }
  return `UNCONTROLLED WHEN PRINTED — valid on ${dateInZone(spec.printedAt, spec.printTimeZone)} only · Printed by ${copy.printedBy}`;
}

export function verificationLine(spec: StampSpec): string {
  return `Verification code ${spec.verificationCode} · scan the QR code or enter the code in Quire to check this copy`;
}

export function printedLine(spec: StampSpec): string {
  return `Printed ${dateTimeInZone(spec.printedAt, spec.printTimeZone)} · Content SHA-256 ${spec.contentSha256.slice(0, 16)}…`;
}

export function pageNumberText(page: number, pageCount: number): string {
  return `Page ${page} of ${pageCount}`;
}

/** `2025-03-01` as the calendar date in `timeZone`. */
export function dateInZone(instant: string, timeZone: string): string {
  const parts = partsInZone(instant, timeZone);
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/** `2025-03-01 14:05 CET (UTC+01:00)`: unambiguous for a reader in another zone. */
export function dateTimeInZone(instant: string, timeZone: string): string {
  const parts = partsInZone(instant, timeZone);
  // Zones without an abbreviation (Moscow, Shanghai) would print "GMT+3": the offset alone says it.
  const zone = /^(GMT|UTC)/.test(parts.zoneName) ? '' : `${parts.zoneName} `;
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute} ${zone}(${parts.offset})`;
}

function partsInZone(instant: string, timeZone: string) {
  const date = new Date(instant);
  const read = (options: Intl.DateTimeFormatOptions) => {
    const found: Record<string, string> = {};
    for (const part of new Intl.DateTimeFormat('en-GB', { timeZone, ...options }).formatToParts(date)) found[part.type] = part.value;
    return found;
  };
  const numeric = read({ year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  const zoneName = read({ timeZoneName: 'short' }).timeZoneName ?? timeZone;
  const offsetName = read({ timeZoneName: 'longOffset' }).timeZoneName ?? 'GMT';
  const offset = offsetName === 'GMT' ? 'UTC+00:00' : offsetName.replace('GMT', 'UTC');
  return { year: numeric.year, month: numeric.month, day: numeric.day, hour: numeric.hour, minute: numeric.minute, zoneName, offset };
}
