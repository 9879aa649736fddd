import type Database from 'better-sqlite3';
import { releasedLabelAt } from '../documents/revision-labels';
import type { RevisionLabelScheme } from '../vault/vault-settings';
import { readImportRow, ImportRowRefused, type ImportDefaults, type ImportedDocumentFields, type ImportRow, type ImportedRevisionState } from './import-row';
import { parseDocumentFileName } from './parse-document-file-name';
import type { MetadataSheet, SheetRow } from './read-metadata-sheet';
import type { FolderWalk } from './walk-import-folder';

export interface PlannedRevision {
  row: ImportRow;
  label: string;
  state: ImportedRevisionState;
}

/** One document to import: its number (null: numbered by its type's scheme) and its history, oldest first. */
export interface PlannedDocument extends ImportedDocumentFields {
  /** The folder (below the import folder) its newest file came from. */
  importedFrom: string;
  revisions: PlannedRevision[];
}

/** What the plan found before reading any file's content. */
export interface PlanFindings {
  refused: { path: string; line: number | null; number: string | null; reason: string }[];
  clashes: { number: string; paths: string[]; reason: string }[];
  rowsWithoutFile: { line: number; path: string }[];
  filesWithoutRow: string[];
  duplicateRows: { line: number; path: string; sameAs: number }[];
}

export interface ImportPlanDraft {
  documents: PlannedDocument[];
  findings: PlanFindings;
}

function sheetPath(raw: string): string {
  return raw.normalize('NFC').replaceAll('\\', '/').replace(/^(?:\.\/|\/)+/u, '');
}

/** Each sheet row matched to the file it names: exactly, or else ignoring case. */
function matchRows(walk: FolderWalk, sheet: MetadataSheet, findings: PlanFindings): Map<string, SheetRow> {
  const byPath = new Map(walk.files.map((f) => [f.relativePath, f.relativePath]));
  const byLowerPath = new Map(walk.files.map((f) => [f.relativePath.toLowerCase(), f.relativePath]));
  const rows = new Map<string, SheetRow>();
  for (const row of sheet.rows) {
    const wanted = sheetPath(row.cells.path ?? '');
    const found = byPath.get(wanted) ?? byLowerPath.get(wanted.toLowerCase());
    if (!found) findings.rowsWithoutFile.push({ line: row.line, path: row.cells.path ?? '' });
    else if (rows.has(found)) findings.duplicateRows.push({ line: row.line, path: found, sameAs: rows.get(found)!.line });
    else rows.set(found, row);
  }
  return rows;
}

function folderOf(relativePath: string): string {
  const slash = relativePath.lastIndexOf('/');
  return slash < 0 ? '.' : relativePath.slice(0, slash);
}

/** Orders a document's files into its history: labelled ones by label, unlabelled ones after, in path order. */
function historyOf(rows: ImportRow[], scheme: RevisionLabelScheme): PlannedRevision[] | { clash: string } {
  const labelled = rows.filter((r) => r.label !== null).sort((a, b) => a.labelIndex! - b.labelIndex!);
  for (let i = 1; i < labelled.length; i++) {
    if (labelled[i]!.label === labelled[i - 1]!.label) return { clash: `two files claim revision ${labelled[i]!.label}` };
  }
  let nextIndex = labelled.length > 0 ? labelled.at(-1)!.labelIndex! + 1 : 0;
  const ordered = [...labelled.map((r) => ({ row: r, label: r.label! })), ...rows.filter((r) => r.label === null).map((r) => ({ row: r, label: releasedLabelAt(nextIndex++, scheme) }))];
  const drafts = ordered.filter((r) => r.row.state === 'draft');
  if (drafts.length > 1 || (drafts.length === 1 && drafts[0] !== ordered.at(-1))) return { clash: 'only the newest revision may be imported as a draft' };
  // The newest is effective unless the sheet says otherwise; every older one was superseded by it.
  return ordered.map((r, i) => ({ ...r, state: r.row.state ?? (i === ordered.length - 1 ? 'effective' : 'superseded') }));
}

/**
 * Works out what an import will do from the folder and the sheet alone: which files make which documents
 * and revisions, in what order and state, and what cannot be used (rows without a file, files without a
 * row, refused rows, numbers claimed twice). Reads the vault only to check types, users and labels.
 */
export function planImport(db: Database.Database, walk: FolderWalk, sheet: MetadataSheet | null, defaults: ImportDefaults, scheme: RevisionLabelScheme): ImportPlanDraft {
  const findings: PlanFindings = { refused: [], clashes: [], rowsWithoutFile: [], filesWithoutRow: [], duplicateRows: [] };
  const rowsByPath = sheet ? matchRows(walk, sheet, findings) : null;
  const groups = new Map<string, ImportRow[]>();
  for (const file of walk.files) {
    const sheetRow = rowsByPath?.get(file.relativePath) ?? null;
    if (rowsByPath && !sheetRow) {
      findings.filesWithoutRow.push(file.relativePath);
      continue;
    }
    let row: ImportRow;
    try {
      row = readImportRow(db, file, sheetRow, parseDocumentFileName(file.relativePath.split('/').pop()!), defaults, scheme);
    } catch (error) {
      if (!(error instanceof ImportRowRefused)) throw error;
      findings.refused.push({ path: file.relativePath, line: sheetRow?.line ?? null, number: sheetRow?.cells.number ?? null, reason: error.message });
      continue;
    }
    const key = row.number ? `number:${row.number}` : `file:${file.relativePath}`;
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  const documents: PlannedDocument[] = [];
  for (const rows of groups.values()) {
    const history = historyOf(rows, scheme);
    if ('clash' in history) {
      findings.clashes.push({ number: rows[0]!.number!, paths: rows.map((r) => r.file.relativePath), reason: history.clash });
      continue;
    }
    // The document's record is what its newest row says, falling back on older rows for what it leaves out.
    const newestFirst = history.map((r) => r.row).reverse();
    const first = <K extends keyof ImportRow>(key: K): ImportRow[K] => newestFirst.find((r) => r[key] !== null)?.[key] ?? newestFirst[0]![key];
    documents.push({
      number: first('number'),
      title: first('title'),
      type: first('type'),
      department: first('department'),
      ownerId: first('ownerId'),
      reviewIntervalMonths: first('reviewIntervalMonths'),
      externalSource: first('externalSource'),
      importedFrom: folderOf(newestFirst[0]!.file.relativePath),
      revisions: history,
    });
  }
  return { documents, findings };
}
