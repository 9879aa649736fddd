import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { appendAuditEvent } from '../audit/append-audit-event';
import type { CoreContext } from '../core-context';
import { addUser } from '../users/add-user';
import { lowerScryptCostsForTests } from '../users/scrypt-costs';
import { latestSchemaVersion } from './migrations';
import { closeVault, createVaultFile, type Vault } from './open-vault';
import { defaultVaultSettings, writeVaultSettings } from './vault-settings';

export interface NewVault {
  path: string;
  admin: { username: string; fullName: string; password: string };
  maxContentBytes?: number | undefined;
  workstation: string;
  now: () => Date;
  /** TEST HELPERS ONLY (see users/scrypt-costs.ts): users of this vault get cheap password hashes and signing keys. */
  lowerScryptCostsForTests?: boolean;
}

/**
 * Creates a vault file with its settings, its first administrator (who chose their own
 * password) and the first audit events. On any failure the half-made file is removed.
 */
export async function createVault(spec: NewVault): Promise<Vault> {
  const vault = createVaultFile(spec.path);
  const ctx: CoreContext = { vault, now: spec.now, workstation: spec.workstation };
  if (spec.lowerScryptCostsForTests) lowerScryptCostsForTests(vault.db);
  try {
    const vaultId = randomUUID();
    vault.db.transaction(() => {
      writeVaultSettings(vault.db, { ...defaultVaultSettings, vaultId, maxContentBytes: spec.maxContentBytes ?? defaultVaultSettings.maxContentBytes });
      appendAuditEvent(vault.db, { userId: null, username: spec.admin.username, workstation: spec.workstation }, {
        action: 'vault.created',
        entityType: 'vault',
        entityId: vaultId,
        newValue: { schemaVersion: latestSchemaVersion },
      }, spec.now());
    }).immediate();
    await addUser(ctx, { userId: null, username: spec.admin.username, workstation: spec.workstation }, {
      username: spec.admin.username,
      fullName: spec.admin.fullName,
      roles: ['admin'],
      password: spec.admin.password,
      mustChangePassword: false,
    });
    return vault;
  } catch (error) {
    closeVault(vault);
    for (const suffix of ['', '-wal', '-shm']) rmSync(spec.path + suffix, { force: true });
    throw error;
  }
}
