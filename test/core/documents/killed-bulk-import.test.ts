import { spawn } from 'node:child_process';
import { mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QuireCore } from '../../../electron/core/quire-core';
import { runQuire } from '../../helpers/quire-cli';
import { createTestVault, userPassword, type TestVault } from '../../helpers/temp-vault';

const childScript = path.resolve(import.meta.dirname, '../../helpers/bulk-register-child.ts');

/** Runs the bulk import in a child process and SIGKILLs it once it has acknowledged `acknowledgements` writes. */
function bulkImportKilledAfter(vault: TestVault, acknowledgements: number): Promise<{ acknowledged: string[]; signal: NodeJS.Signals | null }> {
  const folder = path.join(vault.dir, 'bulk');
  mkdirSync(folder, { recursive: true });
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', childScript], {
      cwd: path.resolve(import.meta.dirname, '../../..'),
      env: { ...process.env, QUIRE_VAULT: vault.vaultPath, QUIRE_USER: 'bulk', QUIRE_PASSWORD: userPassword, QUIRE_FOLDER: folder },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const acknowledged: string[] = [];
    let pending = '';
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    child.stdout.setEncoding('utf8').on('data', (s: string) => {
      pending += s;
      const lines = pending.split('\n');
      pending = lines.pop()!;
      acknowledged.push(...lines);
      if (acknowledged.length >= acknowledgements) child.kill('SIGKILL');
    });
    child.on('error', reject);
    child.on('close', (code, signal) => (signal === 'SIGKILL' ? resolve({ acknowledged, signal }) : reject(new Error(`child ended with ${code}: ${stderr}`))));
  });
}

describe('a bulk doc add loop killed in the middle', () => {
  let vault: TestVault;
  let acknowledged: string[];

  beforeAll(async () => {
    vault = await createTestVault();
    await vault.addSignedInUser('bulk', 'Bulk Importer', ['author']);
    vault.core.close(); // the importing process has the vault to itself, as with `quire doc add`
    ({ acknowledged } = await bulkImportKilledAfter(vault, 25));
  });
  afterAll(() => vault.cleanup());

  it('was really killed mid-loop, leaving the write-ahead log behind', () => {
    expect(acknowledged.length).toBeGreaterThanOrEqual(25);
    expect(acknowledged.slice(0, 3)).toEqual(['WI-PROD-0001', 'WI-PROD-0002', 'WI-PROD-0003']);
    expect(statSync(`${vault.vaultPath}-wal`).size).toBeGreaterThan(0);
  });

  it('verifies, with every acknowledged document there with its revision and events', async () => {
    const run = await runQuire(['verify', vault.vaultPath]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);

    const db = new Database(vault.vaultPath, { readonly: true });
    try {
      const stored = db.prepare("SELECT d.number, count(r.id) AS revisions FROM documents d JOIN revisions r ON r.document_id = d.id WHERE d.doc_type = 'WI' GROUP BY d.id ORDER BY d.id").all() as { number: string; revisions: number }[];
      expect(stored.slice(0, acknowledged.length).map((d) => d.number)).toEqual(acknowledged);
      expect(stored.every((d) => d.revisions === 1)).toBe(true);
      // At most the one write in flight may have committed without being acknowledged.
      expect(stored.length - acknowledged.length).toBeLessThanOrEqual(1);
      const registeredEvents = db.prepare("SELECT count(*) AS n FROM audit_events WHERE action = 'document.registered'").get() as { n: number };
      expect(registeredEvents.n).toBe(stored.length);
      expect(db.prepare("SELECT last_value FROM number_sequences WHERE prefix = 'WI-PROD-#'").get()).toEqual({ last_value: stored.length });
    } finally {
      db.close();
    }
  });

  it('carries on numbering where the acknowledged writes left off', async () => {
    const core = QuireCore.open(vault.vaultPath);
    try {
      const { token } = await core.login('bulk', userPassword);
      const before = (await core.call(token, 'documents.list', { type: 'WI' })).total;
      const next = await core.call(token, 'documents.register', { type: 'WI', department: 'PROD', title: 'After the crash', file: { path: vault.file('after.txt', 'after') } });
      expect(next.number).toBe(`WI-PROD-${String(before + 1).padStart(4, '0')}`);
    } finally {
      core.close();
    }
  });
});
