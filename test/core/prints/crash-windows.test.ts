import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QuireCore } from '../../../electron/core/quire-core';
import { addDocumentTeam, registerEffectiveDocument } from '../../helpers/document-team';
import { adminPassword, createTestVault, userPassword, type TestVault } from '../../helpers/temp-vault';
import { killWhenPaused } from '../../helpers/kill-when-paused';

const childScript = path.resolve(import.meta.dirname, '../../helpers/crash-window-child.ts');

/** Runs a print or backup in a child process that stops at `pauseAt`, and SIGKILLs it there. */
function killedAt(t: TestVault, user: string, action: 'print' | 'backup', pauseAt: string, destination: string, number = ''): Promise<void> {
  return killWhenPaused(childScript, { QUIRE_VAULT: t.vaultPath, QUIRE_USER: user, QUIRE_PASSWORD: user === 'admin' ? adminPassword : userPassword, QUIRE_ACTION: action, QUIRE_NUMBER: number, QUIRE_DESTINATION: destination, QUIRE_PAUSE_AT: pauseAt });
}

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const hidden = (folder: string) => readdirSync(folder).filter((name) => name.startsWith('.'));

// A workstation can lose power or be killed at any instant. Whatever instant that is, a controlled
// copy on disk is one the vault recorded, a copy number is never issued twice, a backup file has its
// audit event, and what the killed process left behind is settled by the next print or backup.
describe('crash windows of prints and backups', () => {
  let t: TestVault;
  let core: QuireCore;
  let number: string;
  let out: string;
  const prints = () => core.vault.db.prepare('SELECT p.verification_code AS code, c.copy_number AS copyNumber, p.output_sha256 AS sha FROM prints p LEFT JOIN controlled_copies c ON c.id = p.copy_id ORDER BY p.id').all() as { code: string; copyNumber: number; sha: string }[];
  const events = (action: string) => core.vault.db.prepare('SELECT new_value FROM audit_events WHERE action = ? ORDER BY id').all(action).map((row) => JSON.parse((row as { new_value: string }).new_value) as Record<string, unknown>);

  beforeAll(async () => {
    t = await createTestVault();
    const team = await addDocumentTeam(t);
    number = await registerEffectiveDocument(t, team, 'Line clearance', t.file('clearance.txt', 'Clear the line before each batch.\n'));
    out = path.join(t.dir, 'out');
    mkdirSync(out);
    t.core.close(); // the killed process has the vault to itself, as the app on one workstation
  });
  afterAll(() => t.cleanup());

  it('a print killed after its record but before its file is published: no unrecorded copy on disk; the next print publishes it and issues No. 2', async () => {
    await killedAt(t, 'carol', 'print', 'print:recorded', path.join(out, 'copy-1.pdf'), number);
    expect(existsSync(path.join(out, 'copy-1.pdf'))).toBe(false);
    expect(hidden(out)).toHaveLength(1);
    core = QuireCore.open(t.vaultPath);
    const { token } = await core.login('carol', userPassword);
    expect(prints().map((p) => p.copyNumber)).toEqual([1]);

    const second = await core.call(token, 'prints.print', { number, mode: 'controlled', copyholder: 'Line 2', destination: path.join(out, 'copy-2.pdf') });
    expect(second.copyNumber).toBe(2);
    expect(hidden(out)).toEqual([]);
    const recorded = prints();
    expect(recorded.map((p) => p.copyNumber)).toEqual([1, 2]);
    expect(sha256(path.join(out, 'copy-1.pdf'))).toBe(recorded[0]!.sha);
    core.close();
  });

  it('a print killed after staging, before its record: nothing is recorded, and the next print deletes the staged file', async () => {
    await killedAt(t, 'carol', 'print', 'print:staged', path.join(out, 'never.pdf'), number);
    expect(hidden(out)).toHaveLength(1);
    core = QuireCore.open(t.vaultPath);
    const { token } = await core.login('carol', userPassword);
    expect(prints()).toHaveLength(2);
    const third = await core.call(token, 'prints.print', { number, mode: 'controlled', copyholder: 'Line 3', destination: path.join(out, 'copy-3.pdf') });
    expect(third.copyNumber).toBe(3);
    expect(hidden(out)).toEqual([]);
    expect(existsSync(path.join(out, 'never.pdf'))).toBe(false);
    core.close();
  });

  it('a backup killed after copying leaves a vault-sized .part without an event; the next backup deletes it', async () => {
    const backups = path.join(t.dir, 'backups');
    mkdirSync(backups);
    await killedAt(t, 'admin', 'backup', 'backup:copied', path.join(backups, 'monday.quire'));
    const [leftover] = hidden(backups);
    expect(statSync(path.join(backups, leftover!)).size).toBeGreaterThan(100_000);
    core = QuireCore.open(t.vaultPath);
    expect(events('vault.backed_up')).toEqual([]);
    const { token } = await core.login('admin', adminPassword);
    await core.call(token, 'vault.backup', { destination: path.join(backups, 'tuesday.quire') });
    expect(readdirSync(backups)).toEqual(['tuesday.quire']);
    core.close();
  });

  it('a backup killed after its event but before it is moved into place: no file without its event; the next backup publishes it', async () => {
    const backups = path.join(t.dir, 'backups');
    await killedAt(t, 'admin', 'backup', 'backup:recorded', path.join(backups, 'wednesday.quire'));
    expect(existsSync(path.join(backups, 'wednesday.quire'))).toBe(false);
    core = QuireCore.open(t.vaultPath);
    const { token } = await core.login('admin', adminPassword);
    expect(events('vault.backed_up').map((e) => path.basename(e.destination as string))).toEqual(['tuesday.quire', 'wednesday.quire']);
    await core.call(token, 'vault.backup', { destination: path.join(backups, 'thursday.quire') });
    expect(readdirSync(backups).sort()).toEqual(['thursday.quire', 'tuesday.quire', 'wednesday.quire']);
    expect(statSync(path.join(backups, 'wednesday.quire')).size).toBe(events('vault.backed_up')[1]!.bytes);
    core.close();
  });
  it('a host opening the vault for work settles what killed prints and backups left, before anyone prints or backs up again', async () => {
    const backups = path.join(t.dir, 'backups');
    const atOpen = path.join(t.dir, 'at-open');
    mkdirSync(atOpen);
    // Killed before its record, in a folder the vault has printed to before: a leftover to delete.
    await killedAt(t, 'carol', 'print', 'print:staged', path.join(out, 'never-again.pdf'), number);
    // Killed after its record, before its file was published: a copy to publish.
    await killedAt(t, 'carol', 'print', 'print:recorded', path.join(atOpen, 'copy-4.pdf'), number);
    await killedAt(t, 'admin', 'backup', 'backup:recorded', path.join(backups, 'friday.quire'));
    expect([hidden(out), hidden(atOpen), hidden(backups)].map((names) => names.length)).toEqual([1, 1, 1]);

    core = QuireCore.open(t.vaultPath);
    core.applyDueReleases(); // what `quire serve`, the app's core host and the CLI do when they open the vault for work
    expect([hidden(out), hidden(atOpen), hidden(backups)]).toEqual([[], [], []]);
    expect(existsSync(path.join(out, 'never-again.pdf'))).toBe(false);
    expect(readdirSync(atOpen)).toEqual(['copy-4.pdf']);
    const recorded = prints();
    expect(recorded.at(-1)!.copyNumber).toBe(4);
    expect(sha256(path.join(atOpen, 'copy-4.pdf'))).toBe(recorded.at(-1)!.sha);
    expect(statSync(path.join(backups, 'friday.quire')).size).toBe(events('vault.backed_up').at(-1)!.bytes);
    core.close();
  });
});
