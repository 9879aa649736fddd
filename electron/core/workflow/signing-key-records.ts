import type Database from 'better-sqlite3';
import { QuireError } from '../../../shared/errors';
import type { SigningKey } from '../signatures';
import { statement } from '../vault/statements';

export interface SigningKeyRow {
  id: number;
  user_id: number;
  key_id: string;
  public_key_pem: string;
  encrypted_private_key: string;
  created_at: string;
  retired_at: string | null;
}

/** The user's current (unretired) signing key, or NO_SIGNING_KEY. */
export function activeSigningKey(db: Database.Database, userId: number): SigningKeyRow {
  const row = statement<[number], SigningKeyRow>(db, 'SELECT * FROM signing_keys WHERE user_id = ? AND retired_at IS NULL ORDER BY id DESC LIMIT 1').get(userId);
  if (!row) throw new QuireError('NO_SIGNING_KEY');
  return row;
}

/** Stores a newly issued key pair for a user; call inside the transaction that sets their password. */
export function storeSigningKey(db: Database.Database, userId: number, key: SigningKey, now: Date): void {
  statement(db, 'INSERT INTO signing_keys (user_id, key_id, public_key_pem, encrypted_private_key, created_at) VALUES (?, ?, ?, ?, ?)').run(
    userId,
    key.keyId,
    key.publicKeyPem,
    key.encryptedPrivateKey,
    now.toISOString(),
  );
}

/** Retires every current key of a user (an admin reset): the public keys stay for verification. */
export function retireSigningKeys(db: Database.Database, userId: number, now: Date): number {
  return statement(db, 'UPDATE signing_keys SET retired_at = ? WHERE user_id = ? AND retired_at IS NULL').run(now.toISOString(), userId).changes;
}

/** Replaces the wrapping of the user's current private key (their own password change). */
export function rewrapActiveSigningKey(db: Database.Database, keyRowId: number, encryptedPrivateKey: string): void {
  statement(db, 'UPDATE signing_keys SET encrypted_private_key = ? WHERE id = ?').run(encryptedPrivateKey, keyRowId);
}
