import { existsSync, statSync } from 'node:fs';
import Database from 'better-sqlite3';
import type { VerifyProblem } from '../../../shared/contract';
import { QuireError } from '../../../shared/errors';
import { currentAuditHead, type ChainPoint } from '../audit/audit-head';
import { readVaultSettings } from '../vault/vault-settings';
import { checkChainPoint } from './chain-point-check';

const printCodePattern = /^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{2}$/i;
const headPattern = /^(\d+):([0-9a-f]{64})$/i;
const hashPattern = /^[0-9a-f]{64}$/i;

/** The chain head a backup file holds: the head of the trail the moment it was copied. */
function backupHead(db: Database.Database, file: string): ChainPoint {
  let backup: Database.Database;
  try {
    backup = new Database(file, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw new QuireError('WITNESS_NOT_FOUND', { against: file, why: 'unopenable', detail: (error as Error).message });
  }
  try {
    if (readVaultSettings(backup).vaultId !== readVaultSettings(db).vaultId) throw new QuireError('WITNESS_NOT_FOUND', { against: file, why: 'other-vault' });
    const head = currentAuditHead(backup);
    if (!head) throw new QuireError('WITNESS_NOT_FOUND', { against: file, why: 'no-trail' });
    return head;
  } catch (error) {
    if (error instanceof QuireError) throw error;
    throw new QuireError('WITNESS_NOT_FOUND', { against: file, why: 'not-a-backup', detail: (error as Error).message });
  } finally {
    backup.close();
  }
}

function problem(against: string, message: string): VerifyProblem {
  return { kind: 'witness', location: `witness ${against}`, message };
}

/**
 * Checks the trail against a point recorded outside it: a chain head written down (`<event id>:<hash>`, or
 * the hash alone), a backup file (its own head), or a print's verification code (the head recorded when
 * it was printed). Returns the problems: empty when the trail still holds that point.
 */
export function checkAgainstWitness(db: Database.Database, against: string): VerifyProblem[] {
  let point: ChainPoint;
  let what: string;
  const head = headPattern.exec(against);
  if (existsSync(against) && statSync(against).isFile()) {
    point = backupHead(db, against);
    what = `The backup ${against}`;
  } else if (head) {
    point = { eventId: Number(head[1]), hash: head[2]!.toLowerCase() };
    what = 'The chain head given';
  } else if (hashPattern.test(against)) {
    const eventId = db.prepare('SELECT id FROM audit_events WHERE hash = ?').pluck().get(against.toLowerCase()) as number | undefined;
    if (eventId === undefined) return [problem(against, `No audit event has the hash ${against}: the trail no longer holds that head (cut or rewritten).`)];
    point = { eventId, hash: against.toLowerCase() };
    what = 'The chain head given';
  } else if (printCodePattern.test(against)) {
    const print = db.prepare('SELECT audit_head_id, audit_head_hash FROM prints WHERE verification_code = ?').get(against.toUpperCase()) as { audit_head_id: number | null; audit_head_hash: string | null } | undefined;
    if (!print) return [problem(against, `The print with code ${against.toUpperCase()} is not in the vault: its record was removed, or the trail was rolled back to before it was printed.`)];
    if (print.audit_head_id === null || print.audit_head_hash === null) return [problem(against, `The print ${against.toUpperCase()} was made before prints recorded the chain head; it cannot witness the trail.`)];
    point = { eventId: print.audit_head_id, hash: print.audit_head_hash };
    what = `The print ${against.toUpperCase()}`;
  } else {
    throw new QuireError('WITNESS_NOT_FOUND', { against, why: 'unrecognised' });
  }
  const check = checkChainPoint(db, point);
  if (check.holds) return [];
  return [problem(against, check.reason === 'shorter'
    ? `${what} was made when the audit trail reached event ${point.eventId}, but the trail now ends at event ${check.trailEndsAt}: its newest events were cut off, or this is an older copy.`
    : `${what} was made when audit event ${point.eventId} had hash ${point.hash.slice(0, 16)}…, but that event now hashes to ${check.hashThere.slice(0, 16)}…: the trail was rewritten.`)];
}
