export const vaultErrorCodes = {
  VAULT_NOT_FOUND: 'There is no vault at that path.',
  VAULT_EXISTS: 'A file already exists at that path; choose another name for the new vault.',
  NOT_A_VAULT: 'That file is not a Quire vault.',
  VAULT_TOO_NEW: 'This vault was written by a newer version of Quire. Update Quire to open it.',
  VAULT_ON_NETWORK_SHARE: 'The vault is on a network share, where SQLite cannot keep it safe. Move it to a local disk.',
  VAULT_BUSY: 'The vault is busy in another program. Try again in a moment.',
  VAULT_READ_ONLY: 'The vault file cannot be written. Check the file permissions.',
  VAULT_UPGRADE_FAILED: 'Quire could not upgrade this vault to the new version; nothing was changed.',
  VAULT_VERIFY_FAILED: 'The vault failed verification.',
  VAULT_DAMAGED: 'The vault file is damaged, so Quire will not write to it. Restore the last verified backup, then run "quire verify" on it.',
  DISK_FULL: 'The disk holding the vault is full; nothing was changed. Free some space on it and try again.',
  BACKUP_FAILED_VERIFY: 'The backup failed verification and was not used.',
} as const;
