import type Database from 'better-sqlite3';
import { normaliseVerificationCode } from '../../../shared/verification-code';
import type { CopyStatus, PrintVerification, RevisionState } from '../../../shared/contract';
import { QuireError } from '../../../shared/errors';
import { labelOf, revisionRows } from '../documents/document-queries';
import { parseVerificationQrText } from '../pdf/verification-qr-text';
import { revisionStateInWords } from '../../../shared/lifecycle';

interface PrintLookupRow {
  verification_code: string;
  kind: 'controlled' | 'reprint' | 'uncontrolled';
  printed_at: string;
  revision_state: RevisionState;
  pages: number;
  mode: 'stamped' | 'cover-sheet';
  output_sha256: string;
  printed_by: string;
  printed_by_name: string;
  document_id: number;
  number: string;
  title: string;
  major_label: string;
  draft_number: number;
  state: RevisionState;
  sha256: string;
  copy_number: number | null;
  copyholder: string | null;
  location: string | null;
  copy_status: CopyStatus | null;
}

const printSelect = `SELECT p.verification_code, p.kind, p.printed_at, p.revision_state, p.pages, p.mode, p.output_sha256,
    u.username AS printed_by, u.full_name AS printed_by_name, d.id AS document_id, d.number, d.title,
    r.major_label, r.draft_number, r.state, r.sha256, c.copy_number, c.copyholder, c.location, c.status AS copy_status
  FROM prints p JOIN users u ON u.id = p.printed_by JOIN revisions r ON r.id = p.revision_id
  JOIN documents d ON d.id = r.document_id LEFT JOIN controlled_copies c ON c.id = p.copy_id`;

function findPrint(db: Database.Database, code: string): PrintLookupRow | undefined {
  const qr = parseVerificationQrText(code);
  if (qr) {
    // The QR code carries document, copy number and print time; together they name one print.
    return db
      .prepare(`${printSelect} WHERE d.number = ? AND p.printed_at = ? AND (c.copy_number IS ? ) ORDER BY p.id LIMIT 1`)
      .get(qr.documentNumber, qr.printedAt, qr.copyNumber) as PrintLookupRow | undefined;
  }
  return db.prepare(`${printSelect} WHERE p.verification_code = ?`).get(normaliseVerificationCode(code)) as PrintLookupRow | undefined;
}

function verdictOf(row: PrintLookupRow, effectiveLabel: string | null): string {
  const which = `${row.number} revision ${labelOf(row)}`;
  if (row.kind !== 'uncontrolled' && (row.copy_status === 'returned' || row.copy_status === 'destroyed')) return `Do not use: controlled copy No. ${row.copy_number} of ${which} was recalled (${row.copy_status}).`;
  if (row.state !== 'effective') return `Do not use: ${which} is ${revisionStateInWords(row.state)}${effectiveLabel ? `; revision ${effectiveLabel} is effective` : ''}.`;
  if (row.kind === 'uncontrolled') return `${which} is still effective, but this is an uncontrolled copy, valid only on the day it was printed (${row.printed_at.slice(0, 10)} UTC).`;
  return `Valid: controlled copy No. ${row.copy_number} of ${which}, the effective revision.`;
}

/**
 * What a paper copy should be, looked up by the verification code printed on it (or the text of its
 * QR code): document, revision, copy and print, and whether it may still be worked from today.
 */
export function verifyPrint(db: Database.Database, code: string): PrintVerification {
  const row = findPrint(db, code.trim());
  if (!row) throw new QuireError('PRINT_NOT_FOUND', { code: code.slice(0, 60) });
  const effective = revisionRows(db, row.document_id).findLast((r) => r.state === 'effective');
  const effectiveLabel = effective ? labelOf(effective) : null;
  return {
    verificationCode: row.verification_code,
    document: row.number,
    title: row.title,
    revision: labelOf(row),
    printedState: row.revision_state,
    revisionState: row.state,
    stillEffective: row.state === 'effective',
    effectiveRevision: effectiveLabel,
    kind: row.kind,
    copy: row.copy_number === null ? null : { copyNumber: row.copy_number, copyholder: row.copyholder!, location: row.location!, status: row.copy_status! },
    printedBy: `${row.printed_by_name} (${row.printed_by})`,
    printedAt: row.printed_at,
    pages: row.pages,
    mode: row.mode,
    contentSha256: row.sha256,
    outputSha256: row.output_sha256,
    verdict: verdictOf(row, effectiveLabel),
  };
}
