import { randomBytes } from 'node:crypto';
import { existsSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { VerifyReport } from '../../../shared/contract';
import { QuireError } from '../../../shared/errors';
import { appendAuditEvent } from '../audit/append-audit-event';
import { actorOf, writeTransaction, type CallContext } from '../core-context';
import { verifyVault, type VerifyCheck } from '../verify/verify-vault';

function removeDatabaseFiles(file: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(file + suffix, { force: true });
}

/**
 * Copies the open vault with SQLite's online backup (other work may go on meanwhile) into one
 * self-contained file, verifies that copy in full, and only then moves it into place and audits
 * it. A copy that fails verification is deleted and the backup refused.
 */
export async function backupVault(ctx: CallContext, destination: string, checks: { signatures?: VerifyCheck } = {}): Promise<{ path: string; bytes: number; report: VerifyReport }> {
  const target = path.resolve(destination);
  if (existsSync(target)) throw new QuireError('VAULT_EXISTS', { path: target, purpose: 'backup' });
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.part`);
  try {
    await ctx.vault.db.backup(temp);
    const copy = new Database(temp);
    let report: VerifyReport;
    try {
      copy.pragma('journal_mode = DELETE'); // one file, no WAL beside it
      report = verifyVault(copy, checks);
    } finally {
      copy.close();
    }
    if (!report.ok) {
      throw new QuireError('BACKUP_FAILED_VERIFY', { stage: 'backup', firstProblem: report.problems[0]?.message }, { problems: report.problems });
    }
    renameSync(temp, target);
    const bytes = statSync(target).size;
    writeTransaction(ctx, () =>
      appendAuditEvent(ctx.vault.db, actorOf(ctx), { action: 'vault.backed_up', entityType: 'vault', entityId: null, newValue: { destination: target, bytes, auditHead: report.auditHead, auditEvents: report.auditEvents } }, ctx.now()),
    );
    return { path: target, bytes, report };
  } finally {
    removeDatabaseFiles(temp);
  }
}
