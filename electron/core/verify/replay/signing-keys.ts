import { signingKeyId } from '../../signatures';
import type { ExpectedKey } from './expected-user';
import type { StateProblems } from './state-problems';

export interface SigningKeyTableRow {
  id: number;
  user_id: number;
  key_id: string;
  public_key_pem: string;
  created_at: string;
  retired_at: string | null;
}

/** A key row the trail explains: whose it is and when it could sign (by the trail's times). */
export interface BoundKey {
  userId: number;
  issuedAt: string;
  retiredAt: string | null;
}

/** Why a signature's key does not vouch for it: not issued to the signer by the trail, or not live at that time. */
export function keyBindingProblem(row: { user_id: number; signing_key_id: number; signed_at: string }, key: BoundKey | undefined, signer: string): string | null {
  if (!key) return `it was made with signing key ${row.signing_key_id}, which no audit event issued: the key was planted in the vault file`;
  if (key.userId !== row.user_id) return `it was made with signing key ${row.signing_key_id}, which the audit trail issued to another user than ${signer}`;
  if (row.signed_at < key.issuedAt || (key.retiredAt !== null && row.signed_at > key.retiredAt)) {
    return `it is dated ${row.signed_at}, outside the life of signing key ${row.signing_key_id} (${key.issuedAt} – ${key.retiredAt ?? 'now'})`;
  }
  return null;
}

// An event before schema 6 that names no key is matched to the key stored in the same write.
const legacyIssueWindowMs = 5_000;

function recomputedKeyId(pem: string): string | null {
  try {
    return signingKeyId(pem);
  } catch {
    return null;
  }
}

function matchesExpected(row: SigningKeyTableRow, key: ExpectedKey): boolean {
  if (key.legacy) return Math.abs(Date.parse(row.created_at) - Date.parse(key.issuedAt)) <= legacyIssueWindowMs;
  return key.keyId === row.key_id && (key.publicKeyPem === null || key.publicKeyPem === row.public_key_pem);
}

/**
 * Holds one user's signing-key rows to the keys their audit events issued: each row must be issued by an
 * event (same key id and public key, the key id being the SHA-256 of that public key) and retired exactly
 * when the trail retired it. The rows it explains go into `bound`, for checking the signatures made with them.
 */
export function compareSigningKeys(username: string, userId: number, rows: SigningKeyTableRow[], expected: ExpectedKey[], problems: StateProblems, bound: Map<number, BoundKey>): void {
  const unused = [...expected];
  for (const row of rows) {
    const where = `signing key ${row.id} of ${username} (key id ${row.key_id.slice(0, 16)}…)`;
    if (recomputedKeyId(row.public_key_pem) !== row.key_id) {
      problems.add(where, `The key id of ${where} is not the SHA-256 of its public key: the key row was altered.`);
      continue;
    }
    const index = unused.findIndex((key) => matchesExpected(row, key));
    if (index < 0) {
      problems.add(where, `${where} was not issued by any audit event: a signing key was planted in the vault file for ${username}.`);
      continue;
    }
    const key = unused.splice(index, 1)[0]!;
    if ((key.retiredAt !== null) !== (row.retired_at !== null)) {
      problems.add(where, key.retiredAt !== null
        ? `${where} is in use, but the audit trail retired it at ${key.retiredAt}.`
        : `${where} is marked retired, but no audit event retired it.`);
    }
    bound.set(row.id, { userId, issuedAt: key.issuedAt, retiredAt: key.retiredAt });
  }
  for (const key of unused) {
    if (key.legacy) continue;
    problems.add(`signing keys of ${username}`, `The audit trail issued ${username} signing key ${key.keyId?.slice(0, 16) ?? '?'}… at ${key.issuedAt}, but the vault has no such key.`);
  }
}
