import { randomBytes } from 'node:crypto';
import { closeSync, openSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import path from 'node:path';
import type { MethodResult, ParsedInput, RegisterFilter } from '../../../shared/contract';
import { QuireError } from '../../../shared/errors';
import type { CallContext } from '../core-context';
import { iterateMasterList } from '../documents/master-list-rows';
import { worksOnDocuments } from '../documents/revision-access';
import { fileSystemProblem } from '../prints/write-print-file';
import { masterListCsvLines } from './master-list-csv';

/** The filters of a master list in words, for the PDF's heading ("" for the whole register). */
function filterWords(filter: RegisterFilter): string {
  const { sort, direction, ...narrowing } = filter;
  const words = Object.entries(narrowing)
    .filter(([, value]) => value !== undefined && value !== '')
    .map(([name, value]) => `${name} ${String(value)}`);
  if (sort) words.push(`sorted by ${sort}${direction === 'desc' ? ' (descending)' : ''}`);
  return words.join(', ');
}

/**
 * Writes the master document list as CSV (UTF-8 with a byte-order mark, so spreadsheets read accents)
 * or as a stamped PDF, through a temporary file renamed into place: a failed export leaves nothing.
 * The rows stream from the vault one by one; only the PDF holds its pages in memory until saved.
 */
export async function writeMasterList(ctx: CallContext, input: ParsedInput<'documents.exportMasterList'>): Promise<MethodResult<'documents.exportMasterList'>> {
  const { format, destination, ...filter } = input;
  const target = path.resolve(destination);
  const fail = (error: unknown) => {
    const code = statSync(target, { throwIfNoEntry: false })?.isDirectory() ? 'EISDIR' : (error as NodeJS.ErrnoException).code;
    return new QuireError('EXPORT_DESTINATION_UNWRITABLE', { path: target, folder: path.dirname(target), problem: fileSystemProblem(code) }, { code, cause: (error as Error).message });
  };
  if (statSync(target, { throwIfNoEntry: false })?.isDirectory()) throw fail(Object.assign(new Error(`${target} is a folder`), { code: 'EISDIR' }));
  const rows = iterateMasterList(ctx.vault.db, filter, worksOnDocuments(ctx.user));
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.part`);
  let fd: number;
  try {
    fd = openSync(temp, 'wx', 0o600);
  } catch (error) {
    throw fail(error);
  }
  let documents = 0;
  try {
    try {
      if (format === 'csv') {
        writeSync(fd, '\uFEFF');
        for (const line of masterListCsvLines(rows)) {
          writeSync(fd, line);
          documents++;
        }
        documents--; // the header line
      } else {
        // Loaded only for a PDF: the renderer brings pdf-lib and the fonts.
        const { renderMasterListPdf } = await import('./render-master-list-pdf');
        const stamp = { printedBy: `${ctx.user.fullName} (${ctx.user.username})`, printedAt: `${ctx.now().toISOString().slice(0, 16).replace('T', ' ')} UTC`, vaultName: path.basename(ctx.vault.path), filters: filterWords(filter) };
        const pdf = await renderMasterListPdf(rows, stamp);
        writeSync(fd, pdf.bytes);
        documents = pdf.documents;
      }
    } finally {
      closeSync(fd);
    }
    renameSync(temp, target);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error instanceof QuireError ? error : fail(error);
  }
  return { path: target, bytes: statSync(target).size, documents };
}
