import { copyFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QuireCore } from '../../../electron/core/quire-core';
import { ChainWitnessStore } from '../../../electron/core/witness/chain-witness-store';
import { runQuire } from '../../helpers/quire-cli';
import { sqlite3Tool } from '../../helpers/sqlite3-tool';
import { adminPassword, createTestVault, signInCast, tempFolder, type TestVault } from '../../helpers/temp-vault';
import { verifyWithCli } from '../../helpers/verify-cli';
import { draftDocument } from '../../helpers/workflow';

// Finding 6: a trail cut at its head (with the head row rewritten to match) or a file rolled back to an
// older copy looks whole from inside the file. The workstation's witness (the newest head it saw, kept in
// its own data folder) and the heads recorded by prints and backups are outside the file, and notice.
describe('witnesses of the audit trail outside the vault file', () => {
  let t: TestVault;
  const workstation = tempFolder('quire-workstation-');
  const env = { QUIRE_USER_DATA: workstation.dir };
  let olderCopy: string;
  let backup: string;
  let printCode: string;
  let printHeadId: number;
  let head: string;

  beforeAll(async () => {
    t = await createTestVault();
    const tokens = await signInCast(t, 'amy', 'carol');
    const number = await draftDocument(t, tokens.amy!);
    t.core.vault.db.pragma('wal_checkpoint(TRUNCATE)');
    olderCopy = path.join(t.dir, 'older-copy.quire');
    copyFileSync(t.vaultPath, olderCopy);
    const print = await t.core.call(tokens.carol!, 'prints.print', { number, mode: 'uncontrolled', destination: path.join(t.dir, 'print.pdf') });
    printCode = print.verificationCode;
    printHeadId = t.core.vault.db.prepare('SELECT audit_head_id FROM prints WHERE verification_code = ?').pluck().get(printCode) as number;
    backup = path.join(t.dir, 'backup.quire');
    await t.core.call(t.adminToken, 'vault.backup', { destination: backup });
    await draftDocument(t, tokens.amy!);
    t.core.close();
    // The workstation verifies the vault: its witness now holds the newest head.
    const run = await runQuire(['verify', t.vaultPath], env);
    expect(run.code).toBe(0);
    head = /--against (\d+:[0-9a-f]{64})/.exec(run.stdout)![1]!;
  }, 600_000);
  afterAll(() => {
    t.cleanup();
    workstation.cleanup();
  });

  it('records the chain head on each print, and --against a print, a backup or a written-down head passes on the honest vault', async () => {
    expect(printHeadId).toBeGreaterThan(0);
    for (const against of [printCode, backup, head]) {
      const run = await verifyWithCli(t.vaultPath, ['--against', against], env);
      expect(run.problems).toEqual([]);
      expect(run.code).toBe(0);
    }
  }, 300_000);

  describe('a trail cut at its head, the head row rewritten to match', () => {
    let cut: string;
    beforeAll(() => {
      cut = path.join(t.dir, 'cut.quire');
      copyFileSync(t.vaultPath, cut);
      sqlite3Tool(cut, `DROP TRIGGER audit_events_append_only_delete;
        DELETE FROM audit_events WHERE id >= ${printHeadId - 1};
        UPDATE audit_head SET last_event_id = (SELECT max(id) FROM audit_events), last_hash = (SELECT hash FROM audit_events ORDER BY id DESC LIMIT 1);`);
    });

    it('makes the witness warn, with a code and a sentence on stderr', async () => {
      const run = await verifyWithCli(cut, [], env);
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(new RegExp(`^CHAIN_SHORTER_THAN_SEEN: This workstation saw this vault's audit trail reach event ${head.split(':')[0]} on .*, but the trail now ends at event ${printHeadId - 2}: its newest events were cut off, or this is an older copy of the vault\\.`));
      expect(run.problems).toContainEqual(expect.objectContaining({ kind: 'witness', location: 'workstation witness' }));
    }, 120_000);

    it('fails --against a print made before the cut, and --against the backup', async () => {
      const againstPrint = await verifyWithCli(cut, ['--against', printCode], env);
      expect(againstPrint.code).toBe(1);
      expect(againstPrint.problems).toContainEqual(expect.objectContaining({ kind: 'witness', location: `witness ${printCode}`, message: expect.stringContaining(`The print ${printCode} was made when the audit trail reached event ${printHeadId}, but the trail now ends at event ${printHeadId - 2}`) }));
      const againstBackup = await verifyWithCli(cut, ['--against', backup], env);
      expect(againstBackup.problems).toContainEqual(expect.objectContaining({ kind: 'witness', message: expect.stringContaining(`The backup ${backup} was made when the audit trail reached event`) }));
    }, 240_000);
  });

  describe('the vault file rolled back to an older copy', () => {
    it('makes quire verify and every signed-in command warn', async () => {
      const verify = await verifyWithCli(olderCopy, [], env);
      expect(verify.code).toBe(1);
      expect(verify.stderr).toMatch(/^CHAIN_SHORTER_THAN_SEEN: /);
      const list = await runQuire(['doc', 'list', olderCopy, '--as', 'admin'], { ...env, QUIRE_PASSWORD: adminPassword });
      expect(list.code).toBe(0);
      expect(list.stderr).toMatch(/^CHAIN_SHORTER_THAN_SEEN: This workstation saw this vault's audit trail reach event \d+ on .*older copy of the vault/);
    }, 240_000);

    it('is returned by the core from a query, so the UI can show it, and keeps warning until a restore', async () => {
      const rolledBack = path.join(t.dir, 'rolled-back.quire');
      copyFileSync(olderCopy, rolledBack);
      const core = QuireCore.open(rolledBack, { witness: new ChainWitnessStore(workstation.dir) });
      try {
        expect(core.witnessWarning).toMatchObject({ code: 'CHAIN_SHORTER_THAN_SEEN' });
        const { token } = await core.login('admin', adminPassword);
        expect(await core.call(token, 'vault.chainWitness', {})).toMatchObject({ code: 'CHAIN_SHORTER_THAN_SEEN', seen: { eventId: Number(head.split(':')[0]) } });
      } finally {
        core.close();
      }
      // Closing did not move the witness back: the honest vault still verifies against it.
      expect((await runQuire(['verify', t.vaultPath], env)).code).toBe(0);
    }, 240_000);
  });
});
