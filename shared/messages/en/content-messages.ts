import type { contentErrorCodes, FileNameProblem } from '../../errors/content-error-codes';
import { formatSize } from '../format-size';
import type { SentencesFor } from '../message-catalogue';

const fileNameProblems: Record<FileNameProblem, string> = {
  empty: 'it is empty',
  'too-long': 'it is too long to be written back to disk on Windows or macOS',
  'forbidden-characters': 'it contains control characters or one of < > : " / \\ | ? *',
  'direction-characters': 'it contains text-direction characters that can disguise its extension',
  'trailing-dot-or-space': 'it ends with a dot or a space',
  'reserved-device-name': 'it is a name Windows reserves for devices',
};

export const contentMessages: SentencesFor<typeof contentErrorCodes> = {
  FILE_NOT_FOUND: ({ path }) => `The file ${path} could not be found.`,
  FILE_UNREADABLE: ({ path, notAFile }) => (notAFile ? `${path} is not a regular file.` : `The file ${path} could not be read. Check that it exists and that you may read it.`),
  FILE_NAME_INVALID: ({ name, problem }) =>
    `The file name "${name.replace(/[\u0000-\u001F\u007F]/g, '?')}" is not acceptable: ${fileNameProblems[problem]}. Rename the file and try again.`,
  CONTENT_EMPTY: ({ fileName }) => (fileName ? `The file ${fileName} is empty; a controlled document needs content.` : 'The file is empty.'),
  CONTENT_TOO_LARGE: ({ fileName, sizeBytes, limitBytes }) =>
    // Rounded, a file just over the limit reads the same as the limit: then say "larger" instead.
    fileName && sizeBytes !== undefined && formatSize(sizeBytes) !== formatSize(limitBytes)
      ? `The file ${fileName} is ${formatSize(sizeBytes)}; this vault accepts files up to ${formatSize(limitBytes)}.`
      : `The file ${fileName ?? ''} is larger than this vault accepts (up to ${formatSize(limitBytes)}).`.replace('file  is', 'file is'),
  UPLOAD_LIMIT_REACHED: ({ maxCount, maxBytes }) =>
    `This session already holds as many uploaded files as it may (${maxCount} files, ${formatSize(maxBytes)} together). Import or discard them, then upload again.`,
  CONTENT_CHANGED_DURING_IMPORT: ({ path }) => `The file ${path} changed while it was being imported. Try again once it is no longer being written.`,
  CONTENT_MISSING: ({ sha256 }) =>
    sha256
      ? `The stored content does not match its recorded SHA-256 (${sha256}); have an administrator verify the vault.`
      : 'The stored content is missing from the vault; have an administrator verify the vault.',
};
