import type Database from 'better-sqlite3';
import { statement } from '../vault/statements';

/** Whether the vault recorded the print with this verification code (its staged file may then be published). */
export function printRecorded(db: Database.Database, verificationCode: string): boolean {
  return statement(db, 'SELECT 1 FROM prints WHERE verification_code = ?').get(verificationCode) !== undefined;
}
