import type Database from 'better-sqlite3';
import { statement } from '../../vault/statements';
import type { ExpectedSignature } from './expected-revision';
import type { StateProblems } from './state-problems';

export interface SignatureTableRow {
  id: number;
  revision_id: number;
  user_id: number;
  signing_key_id: number;
  meaning: string;
  signed_at: string;
}

/** A withdrawal signature is recorded by its document's event, not the revision's. */
function withdrawalRecorded(db: Database.Database, signatureId: number): boolean {
  return statement<[number], number>(db, "SELECT 1 FROM audit_events WHERE entity_type = 'document' AND action = 'document.withdrawn' AND json_extract(new_value, '$.signatureId') = ?").pluck().get(signatureId) !== undefined;
}

/**
 * Holds a revision's signature rows to the events that recorded them: each row is named by an event
 * (signed, released, periodic review, acknowledgement, recall, withdrawal) of the same signer and meaning,
 * and each recorded signature is still there (the signature check holds each to its issued key).
 */
export function compareSignatures(db: Database.Database, where: string, rows: SignatureTableRow[], expected: ExpectedSignature[], usernames: Map<number, string>, problems: StateProblems): void {
  const unused = [...expected];
  for (const row of rows) {
    const signer = usernames.get(row.user_id) ?? `user ${row.user_id}`;
    const at = `signature ${row.id} (${where}, ${row.meaning} by ${signer})`;
    let index = unused.findIndex((s) => s.id === row.id);
    if (index < 0) index = unused.findIndex((s) => s.id === null && s.meaning === row.meaning && s.userId === row.user_id);
    if (index >= 0) {
      const want = unused.splice(index, 1)[0]!;
      if (want.meaning !== row.meaning || want.userId !== row.user_id) {
        problems.add(at, `${at}: audit event ${want.eventId} recorded it as ${want.meaning} by user ${want.userId}.`);
      }
    } else if (!(row.meaning === 'withdrawn' && withdrawalRecorded(db, row.id))) {
      problems.add(at, `${at} is not recorded by any audit event.`);
    }
  }
  for (const missing of unused) {
    problems.add(`signature ${missing.id ?? '?'} (${where})`, `The ${missing.meaning} signature ${missing.id === null ? '' : `${missing.id} `}that audit event ${missing.eventId} recorded on ${where} is missing from the vault: it was deleted.`);
  }
}
