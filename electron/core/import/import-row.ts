import type Database from 'better-sqlite3';
import type { RevisionState } from '../../../shared/lifecycle';
import { departmentSchema, documentNumberSchema, documentTitleSchema } from '../../../shared/contract';
import { errorMessage } from '../../../shared/messages';
import { isQuireError, QuireError } from '../../../shared/errors';
import { releasedLabelIndex } from '../documents/revision-labels';
import type { RevisionLabelScheme } from '../vault/vault-settings';
import { statement } from '../vault/statements';
import type { SheetRow } from './read-metadata-sheet';
import type { NamedDocumentFile } from './parse-document-file-name';
import type { FoundFile } from './walk-import-folder';

/** The states an import may record a revision in: what the previous system released, or a draft on top. */
export type ImportedRevisionState = Extract<RevisionState, 'effective' | 'superseded' | 'draft'>;

/** A document's record as an import reads it (number null: numbered by its type's scheme). */
export interface ImportedDocumentFields {
  number: string | null;
  title: string;
  type: string;
  department: string | null;
  ownerId: number | null;
  reviewIntervalMonths: number | null;
  externalSource: string | null;
}

/** What one file brings to its document, read from its sheet row and file name, checked. */
export interface ImportRow extends ImportedDocumentFields {
  file: FoundFile;
  line: number | null;
  label: string | null;
  labelIndex: number | null;
  state: ImportedRevisionState | null;
  effectiveDate: string | null;
}

export interface ImportDefaults {
  type: string | null;
  department: string | null;
}

/** A row or file the import cannot use, and why in a user's words. */
export class ImportRowRefused extends Error {}

function refuse(error: QuireError): never {
  throw new ImportRowRefused(errorMessage(error));
}

function checked<T>(schema: { safeParse(v: unknown): { success: true; data: T } | { success: false; error: { issues: { message: string }[] } } }, value: string, what: string): T {
  const result = schema.safeParse(value);
  if (!result.success) throw new ImportRowRefused(`${what} "${value}": ${result.error.issues[0]?.message ?? 'not acceptable'}`);
  return result.data;
}

/** Legacy labels as people wrote them: "Rev C", "rev. 03", "c". */
function normalisedLabel(raw: string, scheme: RevisionLabelScheme): { label: string; index: number } {
  let label = raw.replace(/^rev(?:ision)?\.?\s*/iu, '').trim().toUpperCase();
  if (scheme.kind === 'numbers') label = String(Number(label));
  try {
    const index = releasedLabelIndex(label, scheme);
    if (!Number.isInteger(index) || index < 0) throw new QuireError('REVISION_LABEL_SCHEME_INVALID', { reason: 'foreign-label', label: raw });
    return { label, index };
  } catch (error) {
    if (isQuireError(error)) refuse(error as QuireError);
    throw error;
  }
}

/** ISO dates, and the day-first dates of European sheets (31.12.2024, 31/12/2024). */
function normalisedDate(raw: string): string {
  const dayFirst = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/u.exec(raw);
  const iso = dayFirst ? `${dayFirst[3]}-${dayFirst[2]!.padStart(2, '0')}-${dayFirst[1]!.padStart(2, '0')}` : raw.slice(0, 10);
  const date = new Date(`${iso}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/u.test(iso) || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso) {
    refuse(new QuireError('INVALID_INPUT', { problem: 'calendar-date', value: raw }));
  }
  return iso;
}

function stateOf(raw: string): ImportedRevisionState {
  const state = raw.trim().toLowerCase();
  if (state === 'effective' || state === 'superseded' || state === 'draft') return state;
  throw new ImportRowRefused(`state "${raw}": an import records a revision as effective, superseded or draft`);
}

/**
 * Reads one file's document and revision from its sheet row (when there is a sheet) and its file name,
 * checked as registering the document by hand would check them; throws ImportRowRefused with the reason.
 */
export function readImportRow(db: Database.Database, file: FoundFile, row: SheetRow | null, named: NamedDocumentFile | null, defaults: ImportDefaults, scheme: RevisionLabelScheme): ImportRow {
  const cells = row?.cells ?? {};
  const number = cells.number ? checked(documentNumberSchema, cells.number, 'number').toUpperCase() : (named?.number ?? null);
  const prefix = number?.split('-')[0] ?? null;
  const knownType = (code: string | null | undefined) => (code ? statement<[string], { code: string }>(db, 'SELECT code FROM document_types WHERE code = ? COLLATE NOCASE').get(code)?.code : undefined);
  const type = cells.type ? knownType(cells.type) : (knownType(prefix) ?? (defaults.type ? knownType(defaults.type) : undefined));
  if (!type) {
    const named = cells.type ?? defaults.type;
    if (named) refuse(new QuireError('DOCUMENT_TYPE_UNKNOWN', { type: named }));
    refuse(new QuireError('IMPORT_TYPE_MISSING', { path: file.relativePath }));
  }
  const stem = file.relativePath.split('/').pop()!.replace(/\.[^.]+$/u, '');
  const title = checked(documentTitleSchema, cells.title ?? named?.title ?? stem, 'title');
  const departmentText = cells.department ?? defaults.department;
  const department = departmentText ? checked(departmentSchema, departmentText, 'department') : null;
  let ownerId: number | null = null;
  if (cells.owner) {
    ownerId = statement<[string], { id: number }>(db, 'SELECT id FROM users WHERE username = ? COLLATE NOCASE').get(cells.owner)?.id ?? null;
    if (ownerId === null) refuse(new QuireError('USER_NOT_FOUND', { username: cells.owner }));
  }
  let reviewIntervalMonths: number | null = null;
  if (cells['review interval']) {
    reviewIntervalMonths = Number(/^\s*(\d+)/u.exec(cells['review interval'])?.[1]);
    if (!Number.isInteger(reviewIntervalMonths) || reviewIntervalMonths < 1 || reviewIntervalMonths > 120) {
      refuse(new QuireError('INVALID_INPUT', { field: 'reviewIntervalMonths', problem: 'out-of-range', min: 1, max: 120 }));
    }
  }
  const rawLabel = cells.revision ?? named?.label ?? null;
  const label = rawLabel ? normalisedLabel(rawLabel, scheme) : null;
  return {
    file,
    line: row?.line ?? null,
    number,
    title,
    type,
    department,
    ownerId,
    reviewIntervalMonths,
    externalSource: cells['external source'] ?? null,
    label: label?.label ?? null,
    labelIndex: label?.index ?? null,
    state: cells.state ? stateOf(cells.state) : null,
    effectiveDate: cells['effective date'] ? normalisedDate(cells['effective date']) : null,
  };
}
