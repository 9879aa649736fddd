import { randomBytes } from 'node:crypto';
import { existsSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { VerifyReport } from '../../../shared/contract';
import { QuireError } from '../../../shared/errors';
import { appendAuditEvent } from '../audit/append-audit-event';
import { crashWindow } from '../files/crash-window';
import { settleLeftovers, stagedPathFor } from '../files/staged-file';
import { actorOf, writeTransaction, type CallContext } from '../core-context';
import { verifyVault, type VerifyCheck } from '../verify/verify-vault';

function removeDatabaseFiles(file: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(file + suffix, { force: true });
}

/**
 * Copies the open vault with SQLite's online backup (other work may go on meanwhile) into one
 * self-contained file, verifies that copy in full, audits it, and only then moves it into place: a
 * backup file never exists without its event. A copy that fails verification is deleted and the
 * backup refused. What a killed backup left in the folder (a copy being made, or a recorded copy not
 * yet moved into place) is deleted or published by the next backup there.
 */
export async function backupVault(ctx: CallContext, destination: string, checks: { signatures?: VerifyCheck } = {}, reason: string | null = null): Promise<{ path: string; bytes: number; report: VerifyReport }> {
  const target = path.resolve(destination);
  settleLeftovers(path.dirname(target), 'backup', (leftover) => backupRecorded(ctx.vault.db, leftover));
  if (existsSync(target)) throw new QuireError('VAULT_EXISTS', { path: target, purpose: 'backup' });
  const temp = stagedPathFor(target, 'backup', randomBytes(6).toString('hex'));
  try {
    writeFileSync(temp, '', { flag: 'wx', mode: 0o600 }); // the copy is as private as the vault
    await ctx.vault.db.backup(temp);
    crashWindow.reached('backup:copied');
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
    const bytes = statSync(temp).size;
    writeTransaction(ctx, () =>
      appendAuditEvent(ctx.vault.db, actorOf(ctx), { action: 'vault.backed_up', entityType: 'vault', entityId: null, newValue: { destination: target, bytes, auditHead: report.auditHead, auditEvents: report.auditEvents }, reason }, ctx.now()),
    );
    crashWindow.reached('backup:recorded');
    renameSync(temp, target);
    return { path: target, bytes, report };
  } finally {
    removeDatabaseFiles(temp);
  }
}

// Only a copy whose vault.backed_up event names it was verified and recorded; anything else is a leftover.
export function backupRecorded(db: Database.Database, target: string): boolean {
  return (
    db
      .prepare("SELECT 1 FROM audit_events WHERE action = 'vault.backed_up' AND json_extract(new_value, '$.destination') = ? LIMIT 1")
      .get(target) !== undefined
  );
}
