// `verify` time for a vault with 100,000 audit events, against `sha256sum` of the same file.
import { statSync } from 'node:fs';
import { appendAuditEvent } from '../electron/core/audit/append-audit-event';
import { closeVault, openVaultReadOnly } from '../electron/core/vault/open-vault';
import { verifyVault } from '../electron/core/verify/verify-vault';
import { createTestVault } from '../test/helpers/temp-vault';
import { fmt, seconds, shellSeconds } from './measure';

const targetEvents = 100_000;

export async function run(): Promise<void> {
  const vault = await createTestVault();
  try {
    const db = vault.core.vault.db;
    const existing = (db.prepare('SELECT count(*) AS n FROM audit_events').get() as { n: number }).n;
    const actor = { userId: 1, username: 'admin', workstation: 'bench' };
    // Through the real append (hashing and chaining each event), in one transaction for speed.
    const generate = await seconds(() =>
      db.transaction(() => {
        for (let i = existing; i < targetEvents; i++) {
          appendAuditEvent(db, actor, { action: 'document.viewed', entityType: 'document', entityId: i % 5000, newValue: { number: `SOP-QA-${String(i % 5000).padStart(4, '0')}`, label: 'B', via: 'bench' }, reason: null }, new Date());
        }
      }).immediate(),
    );
    vault.core.close();
    let report: ReturnType<typeof verifyVault> | undefined;
    const verify = await seconds(() => {
      const readOnly = openVaultReadOnly(vault.vaultPath);
      try {
        report = verifyVault(readOnly.db);
      } finally {
        closeVault(readOnly);
      }
    });
    if (!report?.ok || report.auditEvents !== targetEvents) throw new Error(`the bench vault did not verify: ${JSON.stringify(report?.problems.slice(0, 3))}`);
    const bytes = statSync(vault.vaultPath).size;
    const reference = shellSeconds('sha256sum "$1" > /dev/null', [vault.vaultPath]);
    console.log(`verify: ${report.auditEvents} audit events (${(bytes / 1024 ** 2).toFixed(1)} MiB vault) in ${fmt(verify)} (${(report.auditEvents / verify).toFixed(0)} events/s; generating them took ${fmt(generate)})`);
    console.log(`sha256sum of the same file: ${fmt(reference)}; ratio ${(verify / reference).toFixed(1)}×`);
  } finally {
    vault.cleanup();
  }
}
