import { appendAuditEvent } from '../audit/append-audit-event';
import { listAuditEvents } from '../audit/list-audit-events';
import { backupVault } from '../backup/backup-vault';
import { actorOf, writeTransaction } from '../core-context';
import { verifyVault } from '../verify/verify-vault';
import { chainWitnessWarning } from '../witness/observe-chain-head';
import { readVaultSettings, writeVaultSettings } from '../vault/vault-settings';
import { vaultVerifyChecks } from './vault-verify-checks';
import type { HandlerTable } from './handler-table';

export const vaultHandlers: HandlerTable<'audit.list' | 'vault.verify' | 'vault.chainWitness' | 'vault.backup' | 'vault.settings' | 'vault.updateSettings'> = {
  'audit.list': (ctx, input) => listAuditEvents(ctx.vault.db, input),
  'vault.verify': (ctx) => verifyVault(ctx.vault.db, vaultVerifyChecks),
  'vault.chainWitness': (ctx) => (ctx.witness ? chainWitnessWarning(ctx.vault.db, ctx.witness) : null),
  'vault.backup': (ctx, input) => backupVault(ctx, input.destination, vaultVerifyChecks, input.reason ?? null),
  'vault.settings': (ctx) => readVaultSettings(ctx.vault.db),
  'vault.updateSettings': (ctx, input) =>
    writeTransaction(ctx, () => {
      const before = readVaultSettings(ctx.vault.db);
      const { reason, ...changes } = input;
      writeVaultSettings(ctx.vault.db, changes);
      const after = readVaultSettings(ctx.vault.db);
      appendAuditEvent(ctx.vault.db, actorOf(ctx), { action: 'vault.settings_changed', entityType: 'vault', entityId: before.vaultId, oldValue: before, newValue: after, reason }, ctx.now());
      return after;
    }),
};
