import { copyFileSync, existsSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QuireError } from '../../../shared/errors';
import { restoreVault } from '../../../electron/core/backup/restore-vault';
import { QuireCore } from '../../../electron/core/quire-core';
import { closeVault, openVaultReadOnly } from '../../../electron/core/vault/open-vault';
import { verifyVault } from '../../../electron/core/verify/verify-vault';
import { fileState } from '../../helpers/file-state';
import { sqlite3Tool } from '../../helpers/sqlite3-tool';
import { adminPassword, userPassword, createTestVault, tempFolder, type TestVault } from '../../helpers/temp-vault';

const refusal = (promise: Promise<unknown>) => promise.then(() => { throw new Error('expected a refusal'); }, (error: QuireError) => error);

function verifiedOk(file: string): boolean {
  const vault = openVaultReadOnly(file);
  try {
    return verifyVault(vault.db).ok;
  } finally {
    closeVault(vault);
  }
}

describe('backup and restore', () => {
  let vault: TestVault;
  let author: string;
  const backups = tempFolder('quire-backups-');
  const backupPath = path.join(backups.dir, 'monday.quire');
  const restore = (backup: string, target: string, password = adminPassword) =>
    restoreVault({ backup, target, admin: { username: 'admin', password }, workstation: 'restore-pc', now: () => new Date() });

  beforeAll(async () => {
    vault = await createTestVault();
    author = await vault.addSignedInUser('amy', 'Amy Author', ['author']);
    await vault.core.call(author, 'documents.register', { type: 'SOP', department: 'QA', title: 'Before the backup', file: { path: vault.file('before.txt', 'before') } });
  });
  afterAll(() => {
    vault.cleanup();
    backups.cleanup();
  });

  it('copies the open vault into one file that verifies, while the vault stays in use', async () => {
    const result = await vault.core.call(vault.adminToken, 'vault.backup', { destination: backupPath });
    expect(result.report.ok).toBe(true);
    expect(readdirSync(backups.dir)).toEqual(['monday.quire']);
    expect(verifiedOk(backupPath)).toBe(true);
    expect(readdirSync(backups.dir)).toEqual(['monday.quire']); // a rollback-journal file: verifying leaves no -wal beside it
    await vault.core.call(author, 'documents.register', { type: 'SOP', department: 'QA', title: 'After the backup', file: { path: vault.file('after.txt', 'after') } });
    const trail = await vault.core.call(vault.adminToken, 'audit.list', { entityType: 'vault' });
    expect(trail.at(-1)).toMatchObject({ action: 'vault.backed_up', newValue: { destination: backupPath, auditHead: result.report.auditHead } });
  });

  it('refuses to overwrite an existing file with a backup', async () => {
    const existing = path.join(backups.dir, 'existing.txt');
    writeFileSync(existing, 'keep me');
    expect((await refusal(vault.core.call(vault.adminToken, 'vault.backup', { destination: existing }))).code).toBe('VAULT_EXISTS');
    expect(fileState(existing).size).toBe(7);
  });

  it('refuses to restore over an existing file, leaving it as it was', async () => {
    const target = path.join(backups.dir, 'existing.txt');
    const before = fileState(target);
    const error = await refusal(restore(backupPath, target));
    expect(error.code).toBe('VAULT_EXISTS');
    expect(fileState(target)).toEqual(before);
  });

  it('refuses a tampered backup, creating nothing', async () => {
    const tampered = path.join(backups.dir, 'tampered.quire');
    copyFileSync(backupPath, tampered);
    sqlite3Tool(tampered, "DROP TRIGGER audit_events_append_only_update; UPDATE audit_events SET username = 'someone else' WHERE id = 2;");
    const listing = readdirSync(backups.dir).sort();
    const error = await refusal(restore(tampered, path.join(backups.dir, 'from-tampered.quire')));
    expect(error.code).toBe('BACKUP_FAILED_VERIFY');
    expect(error.message).toContain('Audit event 2');
    expect(readdirSync(backups.dir).sort()).toEqual(listing);
  });

  it('refuses a restore by someone who cannot prove they are an administrator of the backup', async () => {
    const target = path.join(backups.dir, 'wrong-password.quire');
    expect((await refusal(restore(backupPath, target, 'Not-the-password-1'))).code).toBe('WRONG_PASSWORD');
    expect(existsSync(target)).toBe(false);
  });

  it('restores a good backup into a vault that verifies, holds what the backup held, and records the restore', async () => {
    const backupBefore = fileState(backupPath);
    const target = path.join(backups.dir, 'restored.quire');
    const { report } = await restore(backupPath, target);
    expect(report.ok).toBe(true);
    expect(fileState(backupPath).sha256).toBe(backupBefore.sha256);
    expect(verifiedOk(target)).toBe(true);
    const core = QuireCore.open(target);
    try {
      const { token } = await core.login('admin', adminPassword);
      // The draft is in the register of its author (an administrator reads only what is in force).
      const { token: amy } = await core.login('amy', userPassword);
      expect((await core.call(amy, 'documents.list', {})).documents.map((d) => d.title)).toEqual(['Before the backup']);
      const last = (await core.call(token, 'audit.list', { entityType: 'vault' })).filter((e) => e.action === 'vault.restored');
      expect(last).toEqual([expect.objectContaining({ user: 'admin', workstation: 'restore-pc', newValue: expect.objectContaining({ from: backupPath, to: target }) })]);
    } finally {
      core.close();
    }
  });
});
