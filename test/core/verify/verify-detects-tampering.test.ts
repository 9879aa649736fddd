import { copyFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { VerifyProblem } from '../../../shared/contract';
import { runQuire } from '../../helpers/quire-cli';
import { sqlite3Tool } from '../../helpers/sqlite3-tool';
import { createTestVault, type TestVault } from '../../helpers/temp-vault';
import { noChangeImpact } from '../../helpers/workflow';

// An insider with write access to the closed vault file and the stock sqlite3 tool drops the
// protecting triggers first, then edits. `quire verify` must fail and say where.

interface VerifyRun {
  code: number | null;
  stderr: string;
  problems: VerifyProblem[];
}

async function verifyWithCli(vaultPath: string): Promise<VerifyRun> {
  const run = await runQuire(['verify', vaultPath, '--json']);
  const printed = JSON.parse(run.stdout) as { error?: { details: { report: { problems: VerifyProblem[] } } }; problems?: VerifyProblem[] };
  return { code: run.code, stderr: run.stderr, problems: printed.error?.details.report.problems ?? printed.problems ?? [] };
}

describe('verify finds tampering done with the sqlite3 tool', () => {
  let vault: TestVault;
  let registeredEventId: number;
  let lastEventId: number;
  let sopRevisionIds: { a1: number; a2: number };
  let sopContentId: number;

  beforeAll(async () => {
    vault = await createTestVault();
    const author = await vault.addSignedInUser('amy', 'Amy Author', ['author']);
    await vault.core.call(author, 'documents.register', { type: 'SOP', department: 'QA', title: 'Cleaning the filling line', file: { path: vault.file('cleaning.txt', 'Step 1: rinse.\n'.repeat(500)) } });
    await vault.core.call(author, 'revisions.createDraft', { impact: noChangeImpact, number: 'SOP-QA-0001', file: { path: vault.file('cleaning-2.txt', 'Step 1: rinse twice.\n'.repeat(500)) }, changeSummary: 'Rinse twice.' });
    await vault.core.call(author, 'documents.register', { type: 'WI', department: 'PROD', title: 'Line clearance', file: { path: vault.file('clearance.txt', 'Clear the line.\n') } });
    const events = await vault.core.call(vault.adminToken, 'audit.list', {});
    registeredEventId = events.find((e) => e.action === 'document.registered')!.id;
    lastEventId = events.at(-1)!.id;
    const sop = await vault.core.call(author, 'documents.get', { number: 'SOP-QA-0001' });
    sopRevisionIds = { a1: sop.revisions[0]!.id, a2: sop.revisions[1]!.id };
    sopContentId = (vault.core.vault.db.prepare('SELECT content_id FROM revisions WHERE id = ?').get(sopRevisionIds.a2) as { content_id: number }).content_id;
    vault.core.close();
  });
  afterAll(() => vault.cleanup());

  /** A copy of the untouched vault to tamper with, so each case starts from the same honest file. */
  function copyOfVault(name: string): string {
    const copy = path.join(vault.dir, `${name}.quire`);
    copyFileSync(vault.vaultPath, copy);
    return copy;
  }

  it('passes the untouched vault', async () => {
    const run = await runQuire(['verify', vault.vaultPath]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^OK: \d+ audit events, 3 revisions, 3 stored contents/);
  });

  it('names the audit event whose reason was edited', async () => {
    const file = copyOfVault('edited-event');
    sqlite3Tool(file, `DROP TRIGGER audit_events_append_only_update; UPDATE audit_events SET reason = 'x' WHERE id = ${registeredEventId};`);
    const run = await verifyWithCli(file);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^VAULT_VERIFY_FAILED: .*audit event \d+/);
    expect(run.problems).toEqual([expect.objectContaining({ kind: 'audit-chain', location: `audit event ${registeredEventId}`, message: expect.stringContaining('changed after it was written') })]);
  });

  it('names the audit event that was deleted from the middle of the trail', async () => {
    const file = copyOfVault('deleted-event');
    sqlite3Tool(file, `DROP TRIGGER audit_events_append_only_delete; DELETE FROM audit_events WHERE id = ${registeredEventId};`);
    const run = await verifyWithCli(file);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`VAULT_VERIFY_FAILED: `);
    expect(run.stderr).toContain(`audit event ${registeredEventId}`);
    expect(run.problems[0]).toEqual(expect.objectContaining({ kind: 'audit-chain', location: `audit event ${registeredEventId}`, message: expect.stringContaining('missing') }));
  });

  it('notices the newest audit event cut off the end of the trail', async () => {
    const file = copyOfVault('cut-tail');
    sqlite3Tool(file, `DROP TRIGGER audit_events_append_only_delete; DELETE FROM audit_events WHERE id = ${lastEventId};`);
    const run = await verifyWithCli(file);
    expect(run.code).toBe(1);
    expect(run.problems[0]).toEqual(expect.objectContaining({ kind: 'audit-head', location: `audit event ${lastEventId}`, message: expect.stringContaining('cut short') }));
    // The replay notices too (the newest revision is no longer explained by any event), and so does this
    // workstation's witness, which saw the untouched vault verified with its newest event.
    expect(run.problems).toContainEqual(expect.objectContaining({ kind: 'state', message: expect.stringContaining('was not drafted by any audit event') }));
    expect(run.problems).toContainEqual(expect.objectContaining({ kind: 'witness', message: expect.stringContaining(`reach event ${lastEventId} on`) }));
  });

  it('names the stored content in which one byte was flipped, and the revision that uses it', async () => {
    const file = copyOfVault('flipped-byte');
    // content_chunks has no trigger: nothing needs dropping to change stored bytes. (The content
    // is ASCII, so building the new blob through text concatenation keeps every other byte.)
    const byte = parseInt(sqlite3Tool(file, `SELECT hex(substr(data, 100, 1)) FROM content_chunks WHERE content_id = ${sopContentId} AND seq = 0;`), 16);
    const flipped = (byte ^ 0x01).toString(16).padStart(2, '0');
    sqlite3Tool(file, `UPDATE content_chunks SET data = CAST(substr(data, 1, 99) || X'${flipped}' || substr(data, 101) AS BLOB) WHERE content_id = ${sopContentId} AND seq = 0;`);
    expect(sqlite3Tool(file, `SELECT length(data) FROM content_chunks WHERE content_id = ${sopContentId};`)).toBe(String(21 * 500));
    const run = await verifyWithCli(file);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`content ${sopContentId} `);
    expect(run.problems).toEqual([
      expect.objectContaining({ kind: 'content', location: expect.stringMatching(new RegExp(`^content ${sopContentId} `)), message: expect.stringContaining('bytes were altered') }),
      expect.objectContaining({ kind: 'revision-hash', location: `SOP-QA-0001 revision A.2 (id ${sopRevisionIds.a2})` }),
    ]);
  });

  it("names the revision whose recorded SHA-256 was edited", async () => {
    const file = copyOfVault('edited-revision-hash');
    sqlite3Tool(file, `DROP TRIGGER revision_content_frozen; UPDATE revisions SET sha256 = '${'ab'.repeat(32)}' WHERE id = ${sopRevisionIds.a1};`);
    const run = await verifyWithCli(file);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`SOP-QA-0001 revision A.1 (id ${sopRevisionIds.a1})`);
    expect(run.problems).toEqual([
      expect.objectContaining({ kind: 'revision-hash', location: `SOP-QA-0001 revision A.1 (id ${sopRevisionIds.a1})`, message: expect.stringContaining('abababababab') }),
      expect.objectContaining({ kind: 'state', location: `SOP-QA-0001 revision A.1 (id ${sopRevisionIds.a1})`, message: expect.stringContaining('content was swapped') }),
    ]);
  });

  it('notices a whole chunk removed from stored content', async () => {
    const file = copyOfVault('removed-chunk');
    sqlite3Tool(file, `DELETE FROM content_chunks WHERE content_id = ${sopContentId} AND seq = 0;`);
    const run = await verifyWithCli(file);
    expect(run.code).toBe(1);
    expect(run.problems[0]).toEqual(expect.objectContaining({ kind: 'content', message: expect.stringContaining('chunks were removed or added') }));
  });
});
