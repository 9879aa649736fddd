export const contentErrorCodes = {
  FILE_NOT_FOUND: 'The file could not be found.',
  FILE_UNREADABLE: 'The file could not be read.',
  FILE_NAME_INVALID: 'The file name is not acceptable.',
  CONTENT_EMPTY: 'The file is empty.',
  CONTENT_TOO_LARGE: 'The file is larger than this vault accepts.',
  UPLOAD_LIMIT_REACHED: 'This session holds as many uploaded files as it may. Import or discard them, then upload again.',
  CONTENT_CHANGED_DURING_IMPORT: 'The file changed while it was being imported. Try again once it is no longer being written.',
  CONTENT_MISSING: 'The stored content is missing from the vault.',
} as const;
