import type Database from 'better-sqlite3';
import type { UserRow } from '../../users/user-records';
import { passwordHashDigest } from '../../users/password-hash-digest';
import { applyUserEvent, newExpectedUser, type ExpectedUser } from './expected-user';
import { GroupedRows } from './grouped-rows';
import { compareSigningKeys, type BoundKey, type SigningKeyTableRow } from './signing-keys';
import type { StateProblems } from './state-problems';
import { trailEventsOf, type TrailEvent } from './trail-events';

/** What the user replay hands the others: names by id, and the signing keys the trail explains. */
export interface ReplayedUsers {
  users: number;
  usernames: Map<number, string>;
  boundKeys: Map<number, BoundKey>;
}

function compareUser(row: UserRow, roles: string[], expected: ExpectedUser, problems: StateProblems): void {
  const where = `user ${row.id} (${row.username})`;
  const differs = (what: string, inRow: unknown, inTrail: unknown) =>
    problems.add(where, `${where}: ${what} is ${JSON.stringify(inRow)} in the vault, but the audit trail says ${JSON.stringify(inTrail)}.`);
  if (expected.username === undefined) {
    problems.add(where, `${where} was not added by any audit event.`);
    return;
  }
  if (expected.username !== row.username) differs('the user name', row.username, expected.username);
  if (expected.fullName !== undefined && expected.fullName !== row.full_name) differs('the full name', row.full_name, expected.fullName);
  if (roles.join(',') !== expected.roles.join(',')) differs('the roles', roles, expected.roles);
  if ((row.disabled_at !== null) !== expected.disabled) differs('disabled', row.disabled_at !== null, expected.disabled);
  if ((row.locked_at !== null) !== expected.locked) differs('locked', row.locked_at !== null, expected.locked);
  if (expected.mustChangePassword !== undefined && (row.must_change_password === 1) !== expected.mustChangePassword) {
    differs('"must change password"', row.must_change_password === 1, expected.mustChangePassword);
  }
  if (expected.passwordHashSha256 !== undefined && passwordHashDigest(row.password_hash) !== expected.passwordHashSha256) {
    problems.add(where, `${where}: the password hash is not the one the last password event recorded: it was replaced in the vault file.`);
  }
}

/**
 * Replays every user's events (added, roles, disabled/enabled, locked/unlocked, password set, keys issued
 * and retired) and compares the result with users, user_roles and signing_keys, one user at a time.
 */
export function replayUsers(db: Database.Database, problems: StateProblems): ReplayedUsers {
  const usernames = new Map<number, string>();
  const boundKeys = new Map<number, BoundKey>();
  const events = new GroupedRows<TrailEvent>(trailEventsOf(db, 'user'), (e) => e.entityId, (e) => problems.add(`audit event ${e.id}`, `Audit event ${e.id} (${e.action}) is about user ${e.entityId}, who is not in the vault.`));
  const roles = new GroupedRows(db.prepare('SELECT user_id, role FROM user_roles ORDER BY user_id, role').iterate() as IterableIterator<{ user_id: number; role: string }>, (r) => r.user_id, (r) => problems.add(`user_roles of user ${r.user_id}`, `A role (${r.role}) is held by user ${r.user_id}, who is not in the vault.`));
  const keys = new GroupedRows(db.prepare('SELECT id, user_id, key_id, public_key_pem, created_at, retired_at FROM signing_keys ORDER BY user_id, id').iterate() as IterableIterator<SigningKeyTableRow>, (k) => k.user_id, (k) => problems.add(`signing key ${k.id}`, `Signing key ${k.id} belongs to user ${k.user_id}, who is not in the vault.`));
  let count = 0;
  for (const row of db.prepare('SELECT * FROM users ORDER BY id').iterate() as IterableIterator<UserRow>) {
    count += 1;
    usernames.set(row.id, row.username);
    const expected = newExpectedUser();
    for (const event of events.take(row.id)) applyUserEvent(expected, event);
    compareUser(row, roles.take(row.id).map((r) => r.role), expected, problems);
    compareSigningKeys(row.username, row.id, keys.take(row.id), expected.keys, problems, boundKeys);
  }
  events.finish();
  roles.finish();
  keys.finish();
  return { users: count, usernames, boundKeys };
}
