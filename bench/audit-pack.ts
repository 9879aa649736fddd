// The evidence pack of a vault with 1,000 documents, at 10,000 and at 100,000 audit events: time and
// peak memory, each pack written in a child process, to show memory does not grow with the trail
// (the audit trail streams into the ZIP a thousand events at a time).
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { appendAuditEvent } from '../electron/core/audit/append-audit-event';
import { QuireCore } from '../electron/core/quire-core';
import { verifyAuditPack } from '../electron/core/audit-pack/verify-audit-pack';
import { createTestVault, userPassword } from '../test/helpers/temp-vault';
import { fmt, seconds } from './measure';
import { addDocuments } from './vault-verify-documents';

const documents = 1_000;
const steps = [10_000, 100_000];

interface ChildPack {
  seconds: number;
  cpuSeconds: number;
  maxRssBytes: number;
  bytes: number;
  files: number;
}

/** Pads the trail with backup events (they carry no state to replay) until it holds `target` events. */
function growTrail(core: QuireCore, target: number): void {
  const db = core.vault.db;
  const actor = { userId: 1, username: 'admin', workstation: 'bench' };
  const count = () => db.prepare('SELECT count(*) FROM audit_events').pluck().get() as number;
  for (let have = count(); have < target; have = count()) {
    db.transaction(() => {
      for (let i = 0; i < Math.min(5_000, target - have); i++) appendAuditEvent(db, actor, { action: 'vault.backed_up', entityType: 'vault', entityId: null, newValue: { destination: `/backups/qms-${have + i}.quire`, bytes: 1_000_000 + i } }, new Date());
    }).immediate();
  }
}

function packInChild(vaultPath: string, destination: string): ChildPack {
  const run = spawnSync(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, 'audit-pack-child.ts'), vaultPath, destination, 'carol', userPassword], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (run.status !== 0) throw new Error(`audit pack child failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as ChildPack;
}

const mib = (bytes: number) => `${(bytes / 1024 ** 2).toFixed(0)} MiB`;

export async function run(): Promise<void> {
  const vault = await createTestVault();
  try {
    await vault.addSignedInUser('carol', 'Carol Controller', ['controller']);
    vault.core.close();
    const core = QuireCore.open(vault.vaultPath);
    const generate = await seconds(() => addDocuments(core, 0, documents));
    core.close();
    console.log(`generated ${documents} documents in ${fmt(generate)}`);
    const figures: string[] = [];
    for (const events of steps) {
      const grow = QuireCore.open(vault.vaultPath);
      growTrail(grow, events);
      grow.close();
      const destination = path.join(vault.dir, `pack-${events}.zip`);
      const pack = packInChild(vault.vaultPath, destination);
      const check = await seconds(async () => {
        const result = await verifyAuditPack(destination);
        if (!result.ok) throw new Error(`the bench pack does not verify: ${result.problems[0]}`);
      });
      console.log(
        `audit pack, ${documents} documents, ${events} events: ${fmt(pack.seconds)} (CPU ${fmt(pack.cpuSeconds)}), peak RSS ${mib(pack.maxRssBytes)}, ${pack.files} files, ${mib(pack.bytes)} ZIP; audit-pack verify ${fmt(check)}`,
      );
      figures.push(mib(pack.maxRssBytes));
    }
    console.log(`peak memory at ${steps.join(' and ')} events: ${figures.join(' and ')} (flat in the size of the trail)`);
  } finally {
    vault.cleanup();
  }
}
