import { params, type ErrorCodeTable } from './error-code-spec';

export const vaultErrorCodes = {
  VAULT_NOT_FOUND: params<{ path: string }>(),
  /** `purpose` says what the caller was about to write there. */
  VAULT_EXISTS: params<{ path: string; purpose: 'vault' | 'backup' | 'restore' }>(),
  NOT_A_VAULT: params<{ path: string; reason: 'folder' | 'not-sqlite' | 'other-program' }>(),
  VAULT_TOO_NEW: params<{ path: string; schemaVersion: number; knownVersion: number }>(),
  /** `fileSystem` is absent for a UNC path, which is a share whatever its type. */
  VAULT_ON_NETWORK_SHARE: params<{ path: string; fileSystem?: string }>(),
  VAULT_BUSY: params<{ path?: string; race?: 'copy-numbers' | 'signature' }>(),
  VAULT_READ_ONLY: params<{ path?: string; reason?: 'unreadable' | 'folder-unwritable' | 'cannot-open' | 'cannot-create'; indexFile?: string }>(),
  /** `firstLocation`/`firstProblem` come from the verify report (report text, not a translated sentence). */
  VAULT_VERIFY_FAILED: params<{ problemCount?: number; firstLocation?: string; firstProblem?: string; signatureCount?: number }>(),
  /** `migration` names the file; `problem` is what the runner found (lost triggers, dangling rows, a failing statement). */
  VAULT_UPGRADE_FAILED: params<{ migration: string; problem: 'lost-schema-objects' | 'dangling-references' | 'statement-failed'; objects?: string; detail?: string }>(),
  VAULT_OPENED_READ_ONLY: params(),
  /** Found by SQLite's quick check, a damaged header or page, or a lowered schema version (the details say which). */
  VAULT_DAMAGED: params<{ path?: string }>(),
  DISK_FULL: params(),
  BACKUP_FAILED_VERIFY: params<{ stage: 'backup' | 'restore'; path?: string; firstProblem?: string }>(),
  /** The core host process is gone (`stopped`), is closing the vault (`closing`), or no vault is open yet (`no-vault`). */
  CORE_HOST_STOPPED: params<{ reason: 'stopped' | 'closing' | 'no-vault' }>(),
  /** The workstation's witness saw the trail reach `seenEventId` on `seenAt`; it now ends at `trailEndsAt`. */
  CHAIN_SHORTER_THAN_SEEN: params<{ seenEventId: number; seenAt: string; trailEndsAt: number }>(),
  CHAIN_DIFFERS_FROM_SEEN: params<{ seenEventId: number; seenAt: string }>(),
  /** `against` is what `--against` named; `why` says what it turned out to be. */
  WITNESS_NOT_FOUND: params<{ against: string; why: 'unopenable' | 'other-vault' | 'no-trail' | 'not-a-backup' | 'unrecognised'; detail?: string }>(),
} as const satisfies ErrorCodeTable;
