import type Database from 'better-sqlite3';
import { QuireError } from '../../../shared/errors';
import { readVaultSettings } from '../vault/vault-settings';

/**
 * Refuses a route on which one person both reviews and approves (four eyes: the approver is a
 * second person), unless the vault setting `reviewersMayApprove` — audited when changed — relaxes it.
 */
export function requireSeparateDuties(db: Database.Database, reviewers: readonly { id: number; username: string }[], approvers: readonly { id: number }[], what: string): void {
  if (readVaultSettings(db).reviewersMayApprove) return;
  const approverIds = new Set(approvers.map((a) => a.id));
  const both = reviewers.filter((r) => approverIds.has(r.id)).map((r) => r.username);
  if (both.length > 0) {
    throw new QuireError('DUTIES_NOT_SEPARATED', { number: what, usernames: both });
  }
}
