import type Database from 'better-sqlite3';
import type { ChainWitnessWarning } from '../../../shared/contract';
import { currentAuditHead } from '../audit/audit-head';
import { readVaultSettings } from '../vault/vault-settings';
import { checkChainPoint } from './chain-point-check';
import type { ChainWitnessStore } from './chain-witness-store';

/**
 * Compares the vault's audit chain with the newest head this workstation saw of it: a warning (code and
 * parameters) when the chain is shorter (cut, or an older copy) or different there (rewritten); else null.
 */
export function chainWitnessWarning(db: Database.Database, store: ChainWitnessStore): ChainWitnessWarning | null {
  const seen = store.read(readVaultSettings(db).vaultId);
  if (!seen) return null;
  const check = checkChainPoint(db, seen);
  if (check.holds) return null;
  const current = currentAuditHead(db);
  const where = { seenEventId: seen.eventId, seenAt: seen.seenAt };
  return check.reason === 'shorter'
    ? { code: 'CHAIN_SHORTER_THAN_SEEN', params: { ...where, trailEndsAt: check.trailEndsAt }, seen, current }
    : { code: 'CHAIN_DIFFERS_FROM_SEEN', params: where, seen, current };
}

/**
 * Checks the witness and, when the chain still holds what was seen, moves it on to the chain's head.
 * On a warning the witness is left as it was, so the warning stays until a verified backup is restored.
 */
export function observeChainHead(db: Database.Database, store: ChainWitnessStore, now: Date): ChainWitnessWarning | null {
  const warning = chainWitnessWarning(db, store);
  if (warning) return warning;
  const vaultId = readVaultSettings(db).vaultId;
  const head = currentAuditHead(db);
  const seen = store.read(vaultId);
  if (head && (!seen || head.eventId > seen.eventId)) store.write({ vaultId, eventId: head.eventId, hash: head.hash, seenAt: now.toISOString() });
  return null;
}

/** After a restore, the restored trail is the one to witness from now on, even though it is shorter. */
export function witnessRestoredVault(db: Database.Database, store: ChainWitnessStore, now: Date): void {
  const head = currentAuditHead(db);
  if (head) store.write({ vaultId: readVaultSettings(db).vaultId, eventId: head.eventId, hash: head.hash, seenAt: now.toISOString() });
}
