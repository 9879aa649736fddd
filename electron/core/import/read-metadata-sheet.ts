import { readFileSync } from 'node:fs';
import path from 'node:path';
import { QuireError } from '../../../shared/errors';

/** The columns a metadata sheet may have; a sheet names the ones it has, in any order and case. */
export const sheetColumns = ['path', 'number', 'title', 'type', 'department', 'revision', 'effective date', 'owner', 'review interval', 'external source', 'state'] as const;
export type SheetColumn = (typeof sheetColumns)[number];

/** One row of the sheet: its line (the header is line 1) and the cells of the known columns it fills. */
export interface SheetRow {
  line: number;
  cells: Partial<Record<SheetColumn, string>>;
}

export interface MetadataSheet {
  fileName: string;
  /** The known columns the header names; other columns are read past. */
  columns: SheetColumn[];
  rows: SheetRow[];
}

// Headers as people write them: "Effective Date", "effective_date", "Dept", "Rev".
const aliases: Record<string, SheetColumn> = { dept: 'department', rev: 'revision', 'revision label': 'revision', 'document number': 'number', 'doc number': 'number', 'file': 'path', 'file path': 'path', status: 'state' };

function columnOf(header: string): SheetColumn | null {
  const words = header.normalize('NFC').trim().toLowerCase().replace(/[\s_-]+/gu, ' ');
  if ((sheetColumns as readonly string[]).includes(words)) return words as SheetColumn;
  return aliases[words] ?? null;
}

function sheetError(fileName: string, problem: 'unreadable' | 'not-a-sheet' | 'empty' | 'no-path-column' | 'malformed', line?: number): QuireError {
  return new QuireError('IMPORT_SHEET_INVALID', { fileName, problem, ...(line ? { line } : {}) });
}

/** UTF-8 (a BOM is dropped) or, where the bytes are not UTF-8, Windows-1252 as older Excel writes. */
function decodeSheetText(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/u, '');
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** European Excel writes `;` (the comma is their decimal mark); others `,` or a tab: the header line decides. */
function delimiterOf(text: string): string {
  const header = text.slice(0, text.search(/\r?\n|$/u));
  const count = (c: string) => header.split(c).length - 1;
  return [';', '\t', ','].reduce((best, c) => (count(c) > count(best) ? c : best), ',');
}

async function readCsvRecords(file: string, fileName: string): Promise<string[][]> {
  const { parse } = await import('csv-parse/sync');
  const text = decodeSheetText(readFileSync(file));
  try {
    return parse(text, { delimiter: delimiterOf(text), relax_column_count: true, skip_empty_lines: true, trim: true }) as string[][];
  } catch (error) {
    throw sheetError(fileName, 'malformed', (error as { lines?: number }).lines);
  }
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    const v = value as { text?: unknown; result?: unknown; richText?: { text: string }[] };
    if (v.richText) return v.richText.map((r) => r.text).join('');
    if (v.result !== undefined) return cellText(v.result);
    if (v.text !== undefined) return cellText(v.text);
    return '';
  }
  return String(value as string | number | boolean).trim();
}

async function readXlsxRecords(file: string): Promise<string[][]> {
  // Loaded only for a workbook: exceljs is large.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.worksheets[0];
  const records: string[][] = [];
  sheet?.eachRow({ includeEmpty: false }, (row) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => (cells[column - 1] = cellText(cell.value)));
    records.push(Array.from(cells, (c) => c ?? ''));
  });
  return records;
}

/**
 * Reads a metadata sheet (CSV in UTF-8 or Windows-1252 with `,`, `;` or tab separators and quoted
 * fields, or the first worksheet of an .xlsx workbook): the header row names the columns, matched
 * without regard to case, spaces or underscores; every later non-empty row describes one file.
 */
export async function readMetadataSheet(file: string): Promise<MetadataSheet> {
  const fileName = path.basename(file);
  const extension = path.extname(file).toLowerCase();
  if (extension !== '.csv' && extension !== '.xlsx' && extension !== '.txt') throw sheetError(fileName, 'not-a-sheet');
  let records: string[][];
  try {
    records = extension === '.xlsx' ? await readXlsxRecords(file) : await readCsvRecords(file, fileName);
  } catch (error) {
    if (error instanceof QuireError) throw error;
    throw sheetError(fileName, extension === '.xlsx' ? 'not-a-sheet' : 'unreadable');
  }
  const [header, ...body] = records;
  if (!header || header.every((h) => h.trim() === '')) throw sheetError(fileName, 'empty');
  const columnAt = header.map(columnOf);
  if (!columnAt.includes('path')) throw sheetError(fileName, 'no-path-column', 1);
  const rows: SheetRow[] = [];
  body.forEach((record, i) => {
    const cells: SheetRow['cells'] = {};
    record.forEach((value, c) => {
      const column = columnAt[c];
      const text = value.normalize('NFC').trim();
      if (column && text !== '') cells[column] = text;
    });
    if (Object.keys(cells).length > 0) rows.push({ line: i + 2, cells });
  });
  return { fileName, columns: sheetColumns.filter((c) => columnAt.includes(c)), rows };
}
