import { randomBytes } from 'node:crypto';
import { closeSync, openSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import type { AuditEntry, ParsedInput } from '../../../shared/contract';
import { auditEventSentence } from '../../../shared/messages/en/audit-event-sentences';
import { currentAuditHead } from './audit-head';
import { eachAuditEvent } from './page-audit-events';

const csvColumns = ['event', 'occurred_at_utc', 'user', 'workstation', 'event_type', 'about', 'what_happened', 'reason', 'hash'];

// A cell a spreadsheet would run as a formula (=, +, -, @, tab, CR) is kept as text with a leading apostrophe.
function csvCell(value: string | number | null): string {
  let text = value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

const csvRow = (e: AuditEntry) =>
  [e.id, e.occurredAt, e.user, e.workstation, e.action, e.subject, auditEventSentence(e), e.reason, e.hash].map(csvCell).join(',');

/** The CSV export's first line (with the byte-order mark) and one event's line: shared with the audit pack, so both read the same. */
export const auditCsvHeader = `\uFEFF${csvColumns.join(',')}\r\n`;
export const auditCsvLine = (e: AuditEntry) => `${csvRow(e)}\r\n`;

/** Writes through a hidden file beside the destination, renamed into place once whole (never a half-written export). */
function writeInPlace(destination: string, write: (fd: number) => void): string {
  const target = path.resolve(destination);
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.part`);
  const fd = openSync(temp, 'wx', 0o600);
  try {
    write(fd);
    closeSync(fd);
    renameSync(temp, target);
    return target;
  } catch (error) {
    try {
      closeSync(fd);
    } catch {
      /* closed before the rename failed */
    }
    rmSync(temp, { force: true });
    throw error;
  }
}

/**
 * Exports the filtered audit trail, oldest first, as CSV (UTF-8, one row per event, the recorded
 * values with each event's sentence) or as a PDF report that names the filters and the chain head.
 * Reads only: the export is a file outside the vault.
 */
export async function exportAuditTrail(db: Database.Database, input: ParsedInput<'audit.export'>, generatedBy: string, now: Date): Promise<{ path: string; events: number; bytes: number }> {
  let events = 0;
  if (input.format === 'csv') {
    const written = writeInPlace(input.destination, (fd) => {
      writeSync(fd, auditCsvHeader);
      let chunk = '';
      for (const event of eachAuditEvent(db, input)) {
        chunk += auditCsvLine(event);
        events += 1;
        if (chunk.length > 1 << 16) {
          writeSync(fd, chunk);
          chunk = '';
        }
      }
      writeSync(fd, chunk);
    });
    return { path: written, events, bytes: statSync(written).size };
  }
  const rows = [...eachAuditEvent(db, input)].map((e) => [String(e.id), `${e.occurredAt.slice(0, 19).replace('T', ' ')} UTC`, e.user ?? 'Quire', auditEventSentence(e), e.reason ?? '']);
  events = rows.length;
  const head = currentAuditHead(db);
  // Loaded only for a PDF: pdf-lib and the fonts stay out of every other command.
  const { renderAuditTrailPdf } = await import('./render-audit-trail-pdf');
  const pdf = await renderAuditTrailPdf(rows, { filters: input, generatedBy, generatedAt: now.toISOString(), chainHead: head ? `${head.eventId}:${head.hash}` : 'none' });
  const written = writeInPlace(input.destination, (fd) => {
    writeSync(fd, pdf);
  });
  return { path: written, events, bytes: pdf.length };
}
