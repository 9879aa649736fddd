import type Database from 'better-sqlite3';
import type { DocumentType, ParsedInput } from '../../../shared/contract';
import { QuireError } from '../../../shared/errors';
import { appendAuditEvent } from '../audit/append-audit-event';
import { actorOf, writeTransaction, type CallContext } from '../core-context';
import { statement } from '../vault/statements';

interface DocumentTypeRow {
  code: string;
  name: string;
  numbering_pattern: string;
  review_interval_months: number;
  retention_years: number;
  is_external: number;
}

const toDocumentType = (t: DocumentTypeRow): DocumentType => ({
  code: t.code,
  name: t.name,
  numberingPattern: t.numbering_pattern,
  reviewIntervalMonths: t.review_interval_months,
  retentionYears: t.retention_years,
  external: t.is_external === 1,
});

const findType = (db: Database.Database, code: string) => statement<[string], DocumentTypeRow>(db, 'SELECT * FROM document_types WHERE code = ?').get(code);

/** Every document type with its numbering scheme, by code. */
export function listDocumentTypes(db: Database.Database): DocumentType[] {
  return statement<[], DocumentTypeRow>(db, 'SELECT * FROM document_types ORDER BY code').all().map(toDocumentType);
}

/**
 * A pattern the numbering can always render: only the tokens allocateDocumentNumber knows, and a
 * sequence, so no two documents of the type could ever be handed the same number.
 */
function checkNumberingPattern(pattern: string): void {
  const unknown = /\{(?!(?:TYPE|DEPT|YYYY|SEQ(?::0+)?)\})[^}]*\}?/.exec(pattern);
  if (unknown) throw new QuireError('DOCUMENT_NUMBER_INVALID', { reason: 'unknown-token', pattern, token: unknown[0] });
  if (!/\{SEQ(:0+)?\}/.test(pattern)) throw new QuireError('DOCUMENT_NUMBER_INVALID', { reason: 'no-sequence', pattern });
}

/** Adds a document type; one transaction with its `document_type.added` event and reason. */
export function addDocumentType(ctx: CallContext, input: ParsedInput<'documentTypes.add'>): DocumentType {
  checkNumberingPattern(input.numberingPattern);
  const db = ctx.vault.db;
  return writeTransaction(ctx, () => {
    if (findType(db, input.code)) throw new QuireError('DOCUMENT_TYPE_EXISTS', { type: input.code });
    statement(db, 'INSERT INTO document_types (code, name, numbering_pattern, review_interval_months, retention_years, is_external) VALUES (?, ?, ?, ?, ?, ?)').run(
      input.code,
      input.name,
      input.numberingPattern,
      input.reviewIntervalMonths,
      input.retentionYears,
      input.external ? 1 : 0,
    );
    const added = toDocumentType(findType(db, input.code)!);
    appendAuditEvent(db, actorOf(ctx), { action: 'document_type.added', entityType: 'document_type', entityId: input.code, newValue: added, reason: input.reason }, ctx.now());
    return added;
  });
}

/**
 * Changes a document type. Numbers already handed out stay as they are (numbers are never reused or
 * renamed); a new pattern applies to documents registered from now on.
 */
export function updateDocumentType(ctx: CallContext, input: ParsedInput<'documentTypes.update'>): DocumentType {
  if (input.numberingPattern !== undefined) checkNumberingPattern(input.numberingPattern);
  const db = ctx.vault.db;
  return writeTransaction(ctx, () => {
    const row = findType(db, input.code);
    if (!row) throw new QuireError('DOCUMENT_TYPE_UNKNOWN', { type: input.code, known: listDocumentTypes(db).map((t) => t.code) });
    const before = toDocumentType(row);
    statement(db, 'UPDATE document_types SET name = ?, numbering_pattern = ?, review_interval_months = ?, retention_years = ? WHERE code = ?').run(
      input.name ?? before.name,
      input.numberingPattern ?? before.numberingPattern,
      input.reviewIntervalMonths ?? before.reviewIntervalMonths,
      input.retentionYears ?? before.retentionYears,
      input.code,
    );
    const after = toDocumentType(findType(db, input.code)!);
    appendAuditEvent(db, actorOf(ctx), { action: 'document_type.updated', entityType: 'document_type', entityId: input.code, oldValue: before, newValue: after, reason: input.reason }, ctx.now());
    return after;
  });
}
