import type Database from 'better-sqlite3';
import type { VerifyProblem } from '../../../shared/contract';
import { auditGenesisHash, auditHashScheme, hashAuditFieldList } from './audit-event-hash';

const maxProblemsReported = 100;

/**
 * Re-walks the whole chain: every event's hash is recomputed, every link checked, ids must
 * run without gaps, and the last event must match the stored head. Names each bad event.
 */
export function verifyAuditChain(db: Database.Database, vaultId: string): { events: number; head: string; problems: VerifyProblem[] } {
  const problems: VerifyProblem[] = [];
  const report = (p: VerifyProblem) => {
    if (problems.length < maxProblemsReported) problems.push(p);
  };
  let expectedPrev = auditGenesisHash(vaultId);
  let expectedId = 1;
  let events = 0;
  let lastId = 0;
  // Each row comes as the very array the hash covers (scheme tag, fields in hashed order) with the stored
  // hash last: no object per event, and the array is hashed as it comes.
  const rows = db
    .prepare(
      `SELECT ?, id, occurred_at, user_id, username, workstation, action, entity_type, entity_id, old_value, new_value, reason, prev_hash, hash
       FROM audit_events ORDER BY id`,
    )
    .raw()
    .iterate(auditHashScheme) as IterableIterator<unknown[]>;
  for (const fields of rows) {
    const row = { hash: fields.pop() as string, id: fields[1] as number, prev_hash: fields[12] as string, action: fields[6] as string };
    events += 1;
    if (row.id !== expectedId) {
      const missing = row.id - expectedId;
      report({
        kind: 'audit-chain',
        location: `audit event ${expectedId}`,
        message: missing > 0
          ? `${missing === 1 ? `Audit event ${expectedId} is` : `Audit events ${expectedId}–${row.id - 1} are`} missing: the chain jumps from event ${expectedId - 1} to ${row.id}.`
          : `Audit event ${row.id} is out of order.`,
      });
    }
    if (row.prev_hash !== expectedPrev) {
      report({ kind: 'audit-chain', location: `audit event ${row.id}`, message: `Audit event ${row.id} does not link to the event before it: an event was removed or replaced.` });
    }
    if (hashAuditFieldList(fields) !== row.hash) {
      report({ kind: 'audit-chain', location: `audit event ${row.id}`, message: `Audit event ${row.id} (${row.action}) was changed after it was written: its contents no longer match its hash.` });
    }
    expectedPrev = row.hash;
    expectedId = row.id + 1;
    lastId = row.id;
  }
  const head = db.prepare('SELECT last_event_id, last_hash FROM audit_head WHERE singleton = 1').get() as
    | { last_event_id: number; last_hash: string }
    | undefined;
  if (!head && events > 0) {
    report({ kind: 'audit-head', location: 'audit head', message: 'The audit chain head is missing.' });
  } else if (head && (head.last_event_id !== lastId || head.last_hash !== expectedPrev)) {
    report({
      kind: 'audit-head',
      location: `audit event ${head.last_event_id}`,
      message: head.last_event_id > lastId
        ? `The newest audit events (${lastId + 1}–${head.last_event_id}) are missing: the trail was cut short.`
        : `The audit chain head does not match the newest event (${lastId}).`,
    });
  }
  return { events, head: expectedPrev, problems };
}
