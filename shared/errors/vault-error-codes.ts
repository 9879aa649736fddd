export const vaultErrorCodes = {
  VAULT_NOT_FOUND: 'There is no vault at that path.',
  VAULT_EXISTS: 'A file already exists at that path; choose another name for the new vault.',
  NOT_A_VAULT: 'That file is not a Quire vault.',
  VAULT_TOO_NEW: 'This vault was written by a newer version of Quire. Update Quire to open it.',
  VAULT_ON_NETWORK_SHARE: 'The vault is on a network share, where SQLite cannot keep it safe. Move it to a local disk.',
  VAULT_BUSY: 'The vault is busy in another program. Try again in a moment.',
  VAULT_READ_ONLY: 'The vault file cannot be written. Check the file permissions.',
  VAULT_VERIFY_FAILED: 'The vault failed verification.',
  BACKUP_FAILED_VERIFY: 'The backup failed verification and was not used.',
  VAULT_OPENED_READ_ONLY: 'This vault was opened for reading only, so nothing can be changed through it. Open it for work to make changes.',
} as const;
