import path from 'node:path';
import { QuireError } from '../../../shared/errors';

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
  const refuse = (why: string) => {
    throw new QuireError('FILE_NAME_INVALID', `The file name "${name.replace(/[\u0000-\u001F\u007F]/g, '?')}" is not acceptable: ${why}. Rename the file and try again.`);
  };
  if (name === '' || name === '.' || name === '..') refuse('it is empty');
  if (Buffer.byteLength(name, 'utf8') > 255) refuse('it is longer than 255 bytes');
  if (forbiddenCharacters.test(name)) refuse('it contains control characters or one of < > : " / \\ | ? *');
  if (directionOverrides.test(name)) refuse('it contains text-direction characters that can disguise its extension');
  if (/[. ]$/.test(name)) refuse('it ends with a dot or a space');
  if (windowsReservedNames.test(name)) refuse('it is a name Windows reserves for devices');
  return name;
}
