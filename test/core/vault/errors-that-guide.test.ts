import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { detectMediaType } from '../../../electron/core/content/detect-media-type';
import { QuireCore } from '../../../electron/core/quire-core';
import { startLoopbackServer, type LoopbackServer } from '../../../electron/serve/start-loopback-server';
import { sqlite3Tool } from '../../helpers/sqlite3-tool';
import { createTestVault, type TestVault } from '../../helpers/temp-vault';
import { httpRequest, pageHeaders } from '../../serve/http-client';

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** A closed copy of the test vault, to damage. */
function closedCopy(t: TestVault, name: string): string {
  const copy = path.join(t.dir, name);
  t.core.vault.db.pragma('wal_checkpoint(TRUNCATE)');
  writeFileSync(copy, readFileSync(t.vaultPath));
  return copy;
}

// An error is only useful if it says what happened and what to do; and a damaged vault must not be
// made worse by writing to it.
describe('errors that say what to do', () => {
  let t: TestVault;
  let author: string;

  beforeAll(async () => {
    t = await createTestVault();
    author = await t.addSignedInUser('arun', 'Arun Author', ['author']);
    for (let i = 1; i <= 20; i++) await t.core.call(author, 'documents.register', { type: 'SOP', department: 'QA', title: `Procedure ${i}`, file: { path: t.file(`p${i}.txt`, `Procedure ${i}\n`.repeat(2000)) } });
  });
  afterAll(() => t.cleanup());

  it('a full disk is DISK_FULL with "free space", not INTERNAL', async () => {
    const pages = t.core.vault.db.pragma('page_count', { simple: true }) as number;
    t.core.vault.db.pragma(`max_page_count = ${pages}`);
    try {
      const big = t.file('big.txt', 'Full disk line\n'.repeat(200_000));
      await expect(t.core.call(author, 'documents.register', { type: 'SOP', department: 'QA', title: 'Too big for the disk', file: { path: big } })).rejects.toMatchObject({ code: 'DISK_FULL', message: expect.stringMatching(/free some space/i) });
    } finally {
      t.core.vault.db.pragma('max_page_count = 4294967294');
    }
  });

  it('a vault with a damaged page is VAULT_DAMAGED, names the backup, and is not written to', () => {
    const copy = closedCopy(t, 'damaged-page.quire');
    const bytes = readFileSync(copy);
    const pageSize = bytes.readUInt16BE(16);
    bytes.fill(0x5a, pageSize * 3 + 8, pageSize * 3 + 400); // inside a b-tree page, past its header
    writeFileSync(copy, bytes);
    const before = sha256(copy);
    expect(() => QuireCore.open(copy)).toThrow(expect.objectContaining({ code: 'VAULT_DAMAGED', message: expect.stringMatching(/restore the last verified backup/i) }));
    expect(sha256(copy)).toBe(before);
  });

  it('a vault with a damaged header is VAULT_DAMAGED and is not written to', () => {
    const copy = closedCopy(t, 'damaged-header.quire');
    const bytes = readFileSync(copy);
    bytes.writeUInt16BE(1000, 16); // not a power of two: no valid page size
    writeFileSync(copy, bytes);
    const before = sha256(copy);
    expect(() => QuireCore.open(copy)).toThrow(expect.objectContaining({ code: 'VAULT_DAMAGED' }));
    expect(sha256(copy)).toBe(before);
  });

  it('a vault whose user_version was lowered is VAULT_DAMAGED (not "table already exists") and is not written to', () => {
    const copy = closedCopy(t, 'lowered.quire');
    sqlite3Tool(copy, 'PRAGMA user_version = 2;');
    const before = sha256(copy);
    expect(() => QuireCore.open(copy)).toThrow(
      expect.objectContaining({ code: 'VAULT_DAMAGED', message: expect.stringMatching(/restore the last verified backup/i), details: { cause: expect.stringMatching(/version was lowered/) } }),
    );
    expect(sha256(copy)).toBe(before);
  });

  it('quick_check at open costs little (measured)', () => {
    const started = performance.now();
    const core = QuireCore.open(closedCopy(t, 'timed.quire'));
    const ms = performance.now() - started;
    core.close();
    console.log(`open with quick_check: ${ms.toFixed(1)} ms for ${statSync(t.vaultPath).size} bytes`);
  });

  it('new vaults and backups are readable by their owner only', async () => {
    expect(statSync(t.vaultPath).mode & 0o777).toBe(0o600);
    const backups = path.join(t.dir, 'backups');
    mkdirSync(backups);
    const backup = await t.core.call(t.adminToken, 'vault.backup', { destination: path.join(backups, 'monday.quire') });
    expect(statSync(backup.path).mode & 0o777).toBe(0o600);
  });

  it('method names from Object.prototype are UNKNOWN_METHOD in the core and through the loopback host', async () => {
    for (const method of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
      await expect(t.core.call(t.adminToken, method as never, {} as never)).rejects.toMatchObject({ code: 'UNKNOWN_METHOD' });
    }
    const staticDir = path.join(t.dir, 'static');
    mkdirSync(staticDir);
    writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Quire</title>');
    const server: LoopbackServer = await startLoopbackServer({ core: t.core, staticDir });
    try {
      for (const method of ['__proto__', 'constructor', 'toString', 'valueOf']) {
        const answer = await httpRequest(server.port, { path: `/api/${method}`, headers: pageHeaders(server.port), body: '{"input":{}}' });
        expect(answer.json().error, method).toMatchObject({ code: 'UNKNOWN_METHOD', message: 'There is no such operation.' });
      }
    } finally {
      await server.close();
    }
  });

  it('titles refuse C1 controls, line and paragraph separators, lone surrogates and invisible-only text', async () => {
    const file = t.file('title.txt', 'Body\n');
    for (const title of ['Bad\u0085title', 'Bad\u009btitle', 'Line\u2028two', 'Para\u2029two', 'Lone \ud800 surrogate', '\u200b\u200b', '\u3164', '\u00a0\u200d\ufeff']) {
      await expect(t.core.call(author, 'documents.register', { type: 'SOP', department: 'QA', title, file: { path: file } }), JSON.stringify(title)).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    }
    await expect(t.core.call(author, 'documents.register', { type: 'SOP', department: 'QA', title: 'Prüfung – 审核 ✓', file: { path: file } })).resolves.toMatchObject({ title: 'Prüfung – 审核 ✓' });
  });

  it('a text file that mentions %PDF- is text; a PDF header after binary junk is still a PDF', () => {
    expect(detectMediaType(t.file('notes.txt', 'Our supplier sends files that start with %PDF-1.7 and end with %%EOF.\n'))).toBe('text/plain');
    expect(detectMediaType(t.file('spooled.pdf', Buffer.concat([Buffer.from([0, 0, 0x0a, 0xff, 0x0d]), Buffer.from('%PDF-1.4\n')])))).toBe('application/pdf');
    expect(detectMediaType(t.file('plain.pdf', '%PDF-1.7\n'))).toBe('application/pdf');
  });
});
