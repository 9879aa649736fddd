import type { printErrorCodes } from '../../errors/print-error-codes';
import type { SentencesFor } from '../message-catalogue';

export const printMessages: SentencesFor<typeof printErrorCodes> = {
  PRINT_FORMAT_UNSUPPORTED: ({ fileName, mediaType }) =>
    fileName
      ? `Quire cannot print ${fileName} (${mediaType ?? 'unknown type'}): it prints PDF, text, Markdown and office documents. Register a PDF of it as a new revision, then print that.`
      : 'Quire cannot print this kind of file. Register a PDF of it (exported from its own program) as a new revision, then print that.',
  PRINT_DESTINATION_UNWRITABLE: ({ path, folder, problem, stage, copyNumber, verificationCode }) => {
    const why = {
      'no-folder': `the folder ${folder} does not exist`,
      'not-allowed': `you may not write to ${folder}`,
      'folder-in-way': 'a folder of that name is in the way',
      other: 'the file system refused it',
    }[problem];
    if (stage !== 'publish') return `The print could not be written to ${path}: ${why}. Nothing was printed or recorded; choose another destination and print again.`;
    const copy = copyNumber === null || copyNumber === undefined ? 'The uncontrolled print' : `Controlled copy No. ${copyNumber}`;
    const next = copyNumber === null || copyNumber === undefined ? 'Print again.' : 'Reprint that copy to another destination.';
    return `${copy} was recorded (verification code ${verificationCode}) but its file could not be moved into place at ${path}: ${why}. ${next}`;
  },
  PRINT_NOT_FOUND: ({ code }) =>
    `No print in this vault has the code ${code.slice(0, 60)}. Check the code on the paper; a copy Quire does not know is not a controlled print of this vault.`,
  COPY_NOT_FOUND: ({ number, copyNumber, copies }) =>
    `${number} has no controlled copy No. ${copyNumber}; ${copies.length ? `its copies are No. ${copies.join(', ')}` : 'it has no controlled copies'}.`,
  COPY_RECALLED: ({ number, copyNumber, status, recalledOn, recalledBy, act }) =>
    act === 'recall'
      ? `${number} controlled copy No. ${copyNumber} was already recorded as ${status} on ${recalledOn ?? '?'} by ${recalledBy ?? '?'}.`
      : `${number} controlled copy No. ${copyNumber} was ${status} on ${recalledOn ?? '?'}; it cannot be reprinted. Issue a new controlled copy instead.`,
  COPYHOLDER_REQUIRED: () => 'A controlled copy needs a copyholder: say who receives it.',
};
