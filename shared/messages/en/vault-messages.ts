import type { vaultErrorCodes } from '../../errors/vault-error-codes';
import type { SentencesFor } from '../message-catalogue';
import { ended } from './english-words';

export const vaultMessages: SentencesFor<typeof vaultErrorCodes> = {
  VAULT_NOT_FOUND: ({ path }) => `There is no vault at ${path}.`,
  VAULT_EXISTS: ({ path, purpose }) =>
    ({
      vault: `A file already exists at ${path}; choose another name for the new vault.`,
      backup: `A file already exists at ${path}; choose a new name for the backup.`,
      restore: `A file already exists at ${path}; restore to a new name, then swap the files yourself.`,
    })[purpose],
  NOT_A_VAULT: ({ path, reason }) =>
    ({
      folder: `${path} is a folder, not a Quire vault.`,
      'not-sqlite': `${path} is not a Quire vault (it is not an SQLite database).`,
      'other-program': `${path} is an SQLite database of another program, not a Quire vault.`,
    })[reason],
  VAULT_TOO_NEW: ({ path, schemaVersion, knownVersion }) =>
    `${path} was written by a newer version of Quire (schema ${schemaVersion}; this one knows up to ${knownVersion}). Update Quire to open it.`,
  VAULT_ON_NETWORK_SHARE: ({ path, fileSystem }) =>
    fileSystem
      ? `The folder ${path} is on a ${fileSystem} network file system. SQLite cannot keep a vault safe there: put it on a local disk.`
      : `The vault path ${path} is a network share (UNC path). SQLite cannot keep a vault safe there: put it on a local disk.`,
  VAULT_BUSY: ({ path, race }) => {
    if (race === 'copy-numbers') return 'Other controlled copies of this document were being issued at the same moment. Nothing was printed; print again.';
    if (race === 'signature') return 'Someone else signed this revision at the same moment. Nothing was signed; sign again.';
    return `The vault${path ? ` ${path}` : ''} is busy in another program. Try again in a moment.`;
  },
  VAULT_READ_ONLY: ({ path, reason, indexFile }) => {
    if (reason === 'unreadable') return `${path} cannot be read. Check the file permissions.`;
    if (reason === 'folder-unwritable') {
      return `Quire cannot open ${path} where it is: even to read a vault, SQLite keeps an index (${indexFile}) in the same folder, and that folder cannot be written. Copy the vault to a writable folder and open or verify the copy.`;
    }
    if (reason === 'cannot-open') return `The vault ${path} cannot be opened for writing. Check the file permissions.`;
    if (reason === 'cannot-create') return `The vault ${path} cannot be created. Check that the folder exists and that you may write to it.`;
    return 'The vault file cannot be written. Check the file permissions.';
  },
  VAULT_VERIFY_FAILED: ({ problemCount, signatureCount, firstLocation, firstProblem }) => {
    if (signatureCount !== undefined) return `${problemCount} of ${signatureCount} signatures do not verify; the first, ${firstLocation}: ${firstProblem}.`;
    if (problemCount !== undefined) return `The vault failed verification with ${problemCount} problem(s); the first: ${firstLocation}: ${ended(firstProblem ?? '')}`;
    return 'The vault failed verification.';
  },
  VAULT_UPGRADE_FAILED: ({ migration, problem, objects, detail }) =>
    ({
      'lost-schema-objects': `Quire could not upgrade the vault: migration ${migration} rebuilt a table without recreating its ${objects}. Nothing was changed.`,
      'dangling-references': `Quire could not upgrade the vault: after ${migration}, rows would refer to rows that no longer exist (${detail}). Nothing was changed.`,
      'statement-failed': `Quire could not upgrade the vault: migration ${migration} failed (${detail}). Nothing was changed.`,
    })[problem],
  VAULT_OPENED_READ_ONLY: () => 'This vault was opened for reading only, so nothing can be changed through it. Open it for work to make changes.',
  CORE_HOST_STOPPED: ({ reason }) =>
    ({
      stopped: 'The part of Quire that keeps the vault stopped; what you were doing was not saved. Restart it to go on.',
      closing: 'Quire is closing this vault; what you were doing was not started.',
      'no-vault': 'No vault is open in this window. Open or create one first.',
    })[reason],
  CHAIN_SHORTER_THAN_SEEN: ({ seenEventId, seenAt, trailEndsAt }) =>
    `This workstation saw this vault's audit trail reach event ${seenEventId} on ${seenAt}, but the trail now ends at event ${trailEndsAt}: its newest events were cut off, or this is an older copy of the vault. Do not work in it; restore the last verified backup.`,
  CHAIN_DIFFERS_FROM_SEEN: ({ seenEventId, seenAt }) =>
    `This workstation saw this vault's audit trail reach event ${seenEventId} on ${seenAt}, but event ${seenEventId} is now a different event: the trail was rewritten. Do not work in it; restore the last verified backup.`,
  WITNESS_NOT_FOUND: ({ against, why, detail }) =>
    ({
      unopenable: `${against} could not be opened as a backup${detail ? ` (${detail})` : ''}.`,
      'other-vault': `${against} is a backup of another vault.`,
      'no-trail': `${against} holds no audit trail.`,
      'not-a-backup': `${against} is not a Quire backup${detail ? ` (${detail})` : ''}.`,
      unrecognised: `"${against}" is neither a backup file, a chain head (event id:hash) nor a print verification code.`,
    })[why],
  VAULT_DAMAGED: ({ path }) =>
    `${path ? `The vault ${path}` : 'The vault file'} is damaged, so Quire has not written to it. Restore the last verified backup, then verify it.`,
  DISK_FULL: () => 'The disk holding the vault is full; nothing was changed. Free some space on it and try again.',
  BACKUP_FAILED_VERIFY: ({ stage, path, firstProblem }) =>
    stage === 'backup'
      ? `The backup copy failed verification and was deleted: ${ended(firstProblem ?? 'unknown problem')} Have the vault itself verified.`
      : `The backup ${path ?? ''} failed verification and was not restored: ${ended(firstProblem ?? 'unknown problem')}`,
};
