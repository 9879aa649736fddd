import type Database from 'better-sqlite3';
import type { UserSummary } from '../../../shared/contract';
import { QuireError } from '../../../shared/errors';
import type { Role } from '../../../shared/roles';
import { statement } from '../vault/statements';

export interface UserRow {
  id: number;
  username: string;
  full_name: string;
  password_hash: string;
  must_change_password: number;
  failed_attempts: number;
  locked_at: string | null;
  disabled_at: string | null;
  created_at: string;
}

/** A user as the core knows them after sign-in: identity and roles, never the hash. */
export interface SignedInUser {
  id: number;
  username: string;
  fullName: string;
  roles: Role[];
  mustChangePassword: boolean;
}

export function findUserRow(db: Database.Database, username: string): UserRow | undefined {
  return statement<[string], UserRow>(db, 'SELECT * FROM users WHERE username = ?').get(username);
}

export function userRowById(db: Database.Database, id: number): UserRow {
  const row = statement<[number], UserRow>(db, 'SELECT * FROM users WHERE id = ?').get(id);
  if (!row) throw new QuireError('USER_NOT_FOUND', { id });
  return row;
}

/** The user row for a name, or USER_NOT_FOUND naming it. */
export function requireUserRow(db: Database.Database, username: string): UserRow {
  const row = findUserRow(db, username);
  if (!row) throw new QuireError('USER_NOT_FOUND', { username });
  return row;
}

export function userRoles(db: Database.Database, userId: number): Role[] {
  return statement<[number], { role: Role }>(db, 'SELECT role FROM user_roles WHERE user_id = ? ORDER BY role').all(userId).map((r) => r.role);
}

export function toSignedInUser(db: Database.Database, row: UserRow): SignedInUser {
  return { id: row.id, username: row.username, fullName: row.full_name, roles: userRoles(db, row.id), mustChangePassword: row.must_change_password === 1 };
}

export function toUserSummary(db: Database.Database, row: UserRow): UserSummary {
  return {
    id: row.id,
    username: row.username,
    fullName: row.full_name,
    roles: userRoles(db, row.id),
    disabled: row.disabled_at !== null,
    locked: row.locked_at !== null,
    mustChangePassword: row.must_change_password === 1,
    createdAt: row.created_at,
  };
}

export function setUserRoles(db: Database.Database, userId: number, roles: readonly Role[]): void {
  statement(db, 'DELETE FROM user_roles WHERE user_id = ?').run(userId);
  const insert = statement(db, 'INSERT INTO user_roles (user_id, role) VALUES (?, ?)');
  for (const role of new Set(roles)) insert.run(userId, role);
}

/** Number of enabled admins other than the given user: the vault must never be left without one. */
export function otherActiveAdmins(db: Database.Database, exceptUserId: number): number {
  return statement<[number], { n: number }>(
    db,
    "SELECT count(*) AS n FROM users u JOIN user_roles r ON r.user_id = u.id AND r.role = 'admin' WHERE u.disabled_at IS NULL AND u.id <> ?",
  ).get(exceptUserId)!.n;
}
