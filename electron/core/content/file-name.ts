import path from 'node:path';
import { QuireError } from '../../../shared/errors';
import type { FileNameProblem } from '../../../shared/errors/content-error-codes';

const windowsReservedNames = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;
const forbiddenCharacters = /[<>:"/\\|?*\u0000-\u001F\u007F]/;
const directionOverrides = /[\u202A-\u202E\u2066-\u2069\u200E\u200F]/;

/**
 * The name a revision's file is stored and later exported under: the last path part,
 * NFC-normalised, and refused with a specific reason when it could not be written back
 * to disk on Windows or macOS, or could disguise its real extension.
 */
export function acceptedFileName(filePath: string): string {
  const name = path.basename(filePath.replaceAll('\\', '/')).normalize('NFC');
  const refuse = (problem: FileNameProblem) => {
    throw new QuireError('FILE_NAME_INVALID', { name, problem });
  };
  if (name === '' || name === '.' || name === '..') refuse('empty');
  // 255 bytes of UTF-8 is the longest name the common file systems store.
  if (Buffer.byteLength(name, 'utf8') > 255) refuse('too-long');
  if (forbiddenCharacters.test(name)) refuse('forbidden-characters');
  if (directionOverrides.test(name)) refuse('direction-characters');
  if (/[. ]$/.test(name)) refuse('trailing-dot-or-space');
  if (windowsReservedNames.test(name)) refuse('reserved-device-name');
  return name;
}
