import type { importErrorCodes, ImportSheetProblem } from '../../errors/import-error-codes';
import type { SentencesFor } from '../message-catalogue';

const sheetProblems: Record<ImportSheetProblem, string> = {
  unreadable: 'it could not be read',
  'not-a-sheet': 'it is neither a CSV file nor an Excel workbook (.xlsx)',
  empty: 'it has no header row',
  'no-path-column': 'its header row has no "path" column naming each file',
  malformed: 'it is not well-formed CSV (look for an unclosed quote)',
};

export const importMessages: SentencesFor<typeof importErrorCodes> = {
  IMPORT_FOLDER_NOT_FOUND: ({ path }) => `The folder ${path} could not be found. Choose the folder that holds the documents to import.`,
  IMPORT_SHEET_INVALID: ({ fileName, problem, line }) => `The metadata sheet ${fileName} cannot be used: ${sheetProblems[problem]}${line ? ` (line ${line})` : ''}. Correct it and try again.`,
  IMPORT_JOB_NOT_FOUND: ({ jobId }) => `The import ${jobId} is not known here; it may have ended before the app was restarted. Start the import again: files already imported are recognised and skipped.`,
  IMPORT_ALREADY_RUNNING: () => 'An import is already running in this vault. Wait for it to finish or cancel it first.',
  IMPORT_TYPE_MISSING: ({ path }) => `The document type of ${path} is not known: name it in the sheet's "type" column or choose a type for the import.`,
};
