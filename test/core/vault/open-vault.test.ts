import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QuireError } from '../../../shared/errors';
import { QuireCore } from '../../../electron/core/quire-core';
import { openVaultReadOnly } from '../../../electron/core/vault/open-vault';
import { createTestVault, tempFolder } from '../../helpers/temp-vault';
import { fileState } from '../../helpers/file-state';
import { sqlite3Tool } from '../../helpers/sqlite3-tool';

// Opening the wrong file must be a clear error that changes nothing: not a byte, not the
// modification time, and no -wal/-shm files left beside it.

function openError(file: string): QuireError {
  try {
    QuireCore.open(file).close();
  } catch (error) {
    return error as QuireError;
  }
  throw new Error(`${file} opened, but it should have been refused`);
}

describe('opening a file that is not a vault this version can use', () => {
  const folder = tempFolder();
  afterAll(() => folder.cleanup());

  it('refuses a text file as NOT_A_VAULT and leaves it untouched', () => {
    const file = path.join(folder.dir, 'notes.quire');
    writeFileSync(file, 'Meeting notes: buy more toner.\n');
    const before = fileState(file);
    const error = openError(file);
    expect(error.code).toBe('NOT_A_VAULT');
    expect(error.message).toContain('not an SQLite database');
    expect(fileState(file)).toEqual(before);
  });

  it("refuses another program's SQLite database (even one in WAL mode) and leaves it untouched", () => {
    const file = path.join(folder.dir, 'crm.sqlite');
    sqlite3Tool(file, "PRAGMA journal_mode = WAL; CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO customers (name) VALUES ('Acme');");
    const before = fileState(file);
    const error = openError(file);
    expect(error.code).toBe('NOT_A_VAULT');
    expect(error.message).toContain('another program');
    expect(fileState(file)).toEqual(before);
    expect(sqlite3Tool(file, 'SELECT name FROM customers')).toBe('Acme');
  });

  it('says VAULT_NOT_FOUND for a missing path and creates nothing there', () => {
    const file = path.join(folder.dir, 'missing.quire');
    const listing = fileState(path.join(folder.dir, 'notes.quire')).folder;
    expect(openError(file).code).toBe('VAULT_NOT_FOUND');
    expect(fileState(path.join(folder.dir, 'notes.quire')).folder).toEqual(listing);
  });
});

describe('opening a vault written by a newer Quire', () => {
  let vaultPath: string;
  let cleanup: () => void;

  beforeAll(async () => {
    const vault = await createTestVault();
    vaultPath = vault.vaultPath;
    cleanup = vault.cleanup;
    vault.core.close();
    sqlite3Tool(vaultPath, 'PRAGMA user_version = 99;');
  });
  afterAll(() => cleanup());

  it('is refused as VAULT_TOO_NEW, for writing and for verifying, without changing the file', () => {
    const before = fileState(vaultPath);
    const error = openError(vaultPath);
    expect(error.code).toBe('VAULT_TOO_NEW');
    expect(error.message).toMatch(/schema 99.*Update Quire/);
    expect(() => openVaultReadOnly(vaultPath)).toThrow(expect.objectContaining({ code: 'VAULT_TOO_NEW' }));
    expect(fileState(vaultPath)).toEqual(before);
    expect(sqlite3Tool(vaultPath, 'PRAGMA user_version;')).toBe('99');
  });
});
