import type Database from 'better-sqlite3';
import type { BoundKey } from './signing-keys';
import { StateProblems } from './state-problems';
import { replayUsers } from './users';

/** The signing-key rows the audit trail explains (issued to whom, live when), by row id; the rest were planted. */
export function boundSigningKeys(db: Database.Database): Map<number, BoundKey> {
  return replayUsers(db, new StateProblems()).boundKeys;
}
