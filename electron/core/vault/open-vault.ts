import Database from 'better-sqlite3';
import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import path from 'node:path';
import { QuireError } from '../../../shared/errors';
import { latestSchemaVersion, loadMigrations } from './migrations';
import { migrateVault } from './migrate';
import { refuseNetworkShare } from './network-share';

/** PRAGMA application_id of every Quire vault: "QUIR" in ASCII. */
export const quireApplicationId = 0x51554952;

export interface Vault {
  readonly db: Database.Database;
  readonly path: string;
}

const sqliteMagic = Buffer.from('SQLite format 3\0', 'latin1');
const sqliteHeaderSize = 100;

function readHeader(file: string): Buffer {
  const fd = openSync(file, 'r');
  try {
    const header = Buffer.alloc(sqliteHeaderSize);
    const read = readSync(fd, header, 0, sqliteHeaderSize, 0);
    return header.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}

/** Applies the pragmas every vault connection runs with (DESIGN.md §5). */
export function applyConnectionPragmas(db: Database.Database): void {
  db.pragma('busy_timeout = 10000');
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('trusted_schema = OFF');
}

/**
 * Looks at an existing file without changing it, and says whether it is a vault this
 * version can open: a plain file that is not SQLite, another SQLite database, or a vault
 * from a newer Quire are refused before any write (WAL mode included) happens.
 */
export function inspectVaultFile(file: string): { schemaVersion: number } {
  if (!existsSync(file)) throw new QuireError('VAULT_NOT_FOUND', { path: file });
  if (!statSync(file).isFile()) throw new QuireError('NOT_A_VAULT', { path: file, reason: 'folder' });
  let header: Buffer;
  try {
    header = readHeader(file);
  } catch (error) {
    throw new QuireError('VAULT_READ_ONLY', { path: file, reason: 'unreadable' }, { cause: (error as Error).message });
  }
  if (header.length < sqliteHeaderSize || !header.subarray(0, 16).equals(sqliteMagic)) {
    throw new QuireError('NOT_A_VAULT', { path: file, reason: 'not-sqlite' });
  }
  // Read from the 100-byte file header itself (application_id at 68, user_version at 60), not
  // through SQLite: even a read-only SQLite connection leaves -wal/-shm files beside a WAL database.
  const applicationId = header.readUInt32BE(68);
  if (applicationId !== quireApplicationId) throw new QuireError('NOT_A_VAULT', { path: file, reason: 'other-program' });
  const schemaVersion = header.readUInt32BE(60);
  refuseNewerSchema(file, schemaVersion);
  return { schemaVersion };
}

function refuseNewerSchema(file: string, schemaVersion: number): void {
  if (schemaVersion > latestSchemaVersion) {
    throw new QuireError('VAULT_TOO_NEW', { path: file, schemaVersion, knownVersion: latestSchemaVersion });
  }
}

/** The header can lag behind a WAL left by a crash: check the schema version SQLite sees, too. */
function refuseNewerSchemaOnceOpen(db: Database.Database, file: string): void {
  try {
    refuseNewerSchema(file, firstRead(db, file));
  } catch (error) {
    db.close();
    throw error;
  }
}

// The first read is where SQLite finds out whether it can keep its WAL index beside the vault.
function firstRead(db: Database.Database, file: string): number {
  try {
    return db.pragma('user_version', { simple: true }) as number;
  } catch (error) {
    if ((error as { code?: string }).code !== 'SQLITE_READONLY_DIRECTORY') throw error;
    throw new QuireError('VAULT_READ_ONLY', { path: file, reason: 'folder-unwritable', indexFile: `${path.basename(file)}-shm` });
  }
}

/** Opens an existing vault, bringing its schema up to date in one transaction. */
export function openVault(file: string): Vault {
  refuseNetworkShare(file);
  inspectVaultFile(file);
  let db: Database.Database;
  try {
    db = new Database(file, { fileMustExist: true });
    applyConnectionPragmas(db);
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'SQLITE_BUSY') throw new QuireError('VAULT_BUSY', { path: file });
    if (isDamage(error)) throw damaged(file, (error as Error).message);
    throw new QuireError('VAULT_READ_ONLY', { path: file, reason: 'cannot-open' }, { cause: (error as Error).message });
  }
  refuseNewerSchemaOnceOpen(db, file);
  refuseDamagedVault(db, file);
  migrateVault(db);
  return { db, path: file };
}

/**
 * Nothing is written to a vault that fails SQLite's quick_check or whose schema version no longer
 * matches its tables (a lowered user_version would re-run migrations over existing tables).
 * quick_check reads every page once, without the index cross-checks of integrity_check.
 */
function refuseDamagedVault(db: Database.Database, file: string): void {
  let problem: string | null;
  try {
    const result = db.pragma('quick_check(1)', { simple: true }) as string;
    problem = result === 'ok' ? loweredSchemaVersion(db) : result;
  } catch (error) {
    if (!isDamage(error)) throw error;
    problem = (error as Error).message;
  }
  if (problem === null) return;
  db.close();
  throw damaged(file, problem);
}

// Tables that a migration not yet applied would create, but that already exist.
function loweredSchemaVersion(db: Database.Database): string | null {
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version >= latestSchemaVersion) return null;
  const existing = new Set((db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((t) => t.name));
  for (const migration of loadMigrations().filter((m) => m.version > version)) {
    // A table rebuild drops or renames the table it creates again: only brand-new tables tell.
    const rebuilt = new Set([...migration.sql.matchAll(/(?:DROP TABLE (?:IF EXISTS )?|RENAME TO )"?(\w+)"?/gi)].map((m) => m[1]));
    for (const [, table] of migration.sql.matchAll(/CREATE TABLE (?:IF NOT EXISTS )?"?(\w+)"?/gi)) {
      if (table && existing.has(table) && !rebuilt.has(table)) return `its schema version says ${version}, but table ${table} of migration ${migration.name} is already there (the version was lowered)`;
    }
  }
  return null;
}

function isDamage(error: unknown): boolean {
  const code = (error as { code?: unknown })?.code;
  return typeof code === 'string' && (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB');
}

function damaged(file: string, problem: string): QuireError {
  // What showed the damage goes to the details (logs, --json); the sentence says what to do.
  return new QuireError('VAULT_DAMAGED', { path: file }, { cause: problem });
}

/** Creates a new, empty vault file at the latest schema; refuses to touch an existing file. */
export function createVaultFile(file: string): Vault {
  refuseNetworkShare(file);
  if (existsSync(file)) throw new QuireError('VAULT_EXISTS', { path: file, purpose: 'vault' });
  let db: Database.Database;
  try {
    // Readable by its owner only: SQLite gives the -wal and -shm files the vault file's mode.
    closeSync(openSync(file, 'wx', 0o600));
    db = new Database(file);
  } catch (error) {
    throw new QuireError('VAULT_READ_ONLY', { path: file, reason: 'cannot-create' }, { cause: (error as Error).message });
  }
  db.pragma(`application_id = ${quireApplicationId}`);
  applyConnectionPragmas(db);
  migrateVault(db);
  return { db, path: file };
}

/** Closes the vault, folding the WAL back into the main file so one file is the whole vault. */
export function closeVault(vault: Vault): void {
  if (!vault.db.open) return;
  try {
    vault.db.pragma('wal_checkpoint(TRUNCATE)');
  } catch {
    // Another connection holds the WAL open; it will be checkpointed when that one closes.
  }
  vault.db.close();
}

/**
 * Opens a vault for reading only (verify, inspection): nothing in it can change. The connection is
 * query-only rather than read-only where the OS lets it write: reading a WAL vault needs -wal and
 * -shm files, and only a connection that may write removes them again when it closes last.
 */
export function openVaultReadOnly(file: string): Vault {
  refuseNetworkShare(file);
  inspectVaultFile(file);
  const db = new Database(file, { fileMustExist: true });
  db.pragma('query_only = ON');
  db.pragma('busy_timeout = 10000');
  refuseNewerSchemaOnceOpen(db, file);
  return { db, path: file };
}
