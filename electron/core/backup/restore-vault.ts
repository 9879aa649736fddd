import { randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { VerifyReport } from '../../../shared/contract';
import { QuireError } from '../../../shared/errors';
import { appendAuditEvent } from '../audit/append-audit-event';
import { writeTransaction, type CoreContext } from '../core-context';
import { signIn } from '../users/sign-in';
import { closeVault, inspectVaultFile, openVault } from '../vault/open-vault';
import { verifyVault, type VerifyCheck } from '../verify/verify-vault';
import type { ChainWitnessStore } from '../witness/chain-witness-store';
import { witnessRestoredVault } from '../witness/observe-chain-head';

export interface RestoreRequest {
  backup: string;
  target: string;
  /** An administrator of the backed-up vault, who answers for the restore in its audit trail. */
  admin: { username: string; password: string };
  workstation: string;
  now: () => Date;
  checks?: { signatures?: VerifyCheck };
  /** This workstation's chain-head witness: the restored trail becomes the one it expects from now on. */
  witness?: ChainWitnessStore;
}

/**
 * Restores a backup to a new vault file. The backup is left untouched; a copy is verified in
 * full, the restoring administrator signs in to it and the restore is audited, and only then
 * does the copy take the target's name. A backup that fails verification is refused.
 */
export async function restoreVault(request: RestoreRequest): Promise<{ path: string; report: VerifyReport }> {
  const target = path.resolve(request.target);
  if (existsSync(target)) throw new QuireError('VAULT_EXISTS', { path: target, purpose: 'restore' });
  inspectVaultFile(request.backup);
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.restoring`);
  const cleanUp = () => {
    for (const suffix of ['', '-wal', '-shm']) rmSync(temp + suffix, { force: true });
  };
  copyFileSync(request.backup, temp);
  try {
    const vault = openVault(temp);
    let report: VerifyReport;
    try {
      report = verifyVault(vault.db, request.checks);
      if (!report.ok) {
        throw new QuireError('BACKUP_FAILED_VERIFY', { stage: 'restore', path: request.backup, firstProblem: report.problems[0]?.message }, { problems: report.problems });
      }
      const ctx: CoreContext = { vault, now: request.now, workstation: request.workstation };
      const admin = await signIn(ctx, request.admin.username, request.admin.password);
      if (!admin.roles.includes('admin')) throw new QuireError('PERMISSION_DENIED', { reason: 'restore-not-admin', username: admin.username });
      writeTransaction(ctx, () =>
        appendAuditEvent(vault.db, { userId: admin.id, username: admin.username, workstation: request.workstation }, {
          action: 'vault.restored',
          entityType: 'vault',
          entityId: null,
          newValue: { from: path.resolve(request.backup), to: target, auditHeadOfBackup: report.auditHead },
        }, request.now()),
      );
      if (request.witness) witnessRestoredVault(vault.db, request.witness, request.now());
    } finally {
      closeVault(vault);
    }
    renameSync(temp, target);
    return { path: target, report };
  } finally {
    cleanUp();
  }
}
