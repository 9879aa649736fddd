import type Database from 'better-sqlite3';
import type { VerifyProblem, VerifyReport } from '../../../shared/contract';
import { verifyAuditChain } from '../audit/verify-audit-chain';
import { readVaultSettings } from '../vault/vault-settings';
import { replayState } from './replay/replay-state';
import { verifyContents } from './verify-contents';
import { verifyRegisterIndex } from './verify-register-index';

/** Further checks other domains add to verify (signatures register theirs here). */
export type VerifyCheck = (db: Database.Database) => { checked: number; problems: VerifyProblem[] };

/**
 * Checks a whole vault without changing it: SQLite's integrity and foreign keys, the audit
 * chain and its head, every stored content's hash, every revision's recorded hash, and
 * any extra checks (signatures), and the replay of the state from the trail (every row that matters must
 * be explained by audit events). Returns every problem found with where it is.
 */
export function verifyVault(db: Database.Database, extraChecks: { signatures?: VerifyCheck } = {}): VerifyReport {
  const problems: VerifyProblem[] = [];
  const integrity = db.pragma('integrity_check') as { integrity_check: string }[];
  for (const row of integrity) {
    if (row.integrity_check !== 'ok') problems.push({ kind: 'integrity', location: 'database file', message: `SQLite integrity check: ${row.integrity_check}` });
  }
  const foreignKeys = db.pragma('foreign_key_check') as { table: string; rowid: number; parent: string }[];
  for (const fk of foreignKeys.slice(0, 100)) {
    problems.push({ kind: 'foreign-key', location: `${fk.table} row ${fk.rowid}`, message: `${fk.table} row ${fk.rowid} refers to a missing ${fk.parent} row.` });
  }
  const settings = readVaultSettings(db);
  const audit = verifyAuditChain(db, settings.vaultId);
  const contents = verifyContents(db);
  const signatures = extraChecks.signatures?.(db) ?? { checked: 0, problems: [] };
  const state = replayState(db);
  problems.push(...audit.problems, ...contents.problems, ...signatures.problems, ...state.problems, ...verifyRegisterIndex(db));
  return {
    ok: problems.length === 0,
    auditEvents: audit.events,
    auditHead: audit.head,
    contents: contents.contents,
    contentBytes: contents.bytes,
    revisions: contents.revisions,
    signatures: signatures.checked,
    problems,
  };
}
