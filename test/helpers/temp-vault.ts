import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Role } from '../../shared/roles';
import { QuireCore } from '../../electron/core/quire-core';
import { createVault } from '../../electron/core/vault/create-vault';

export const adminPassword = 'Vault-keeper-2026';
export const userPassword = 'User-pass-2026!';

/** A fresh folder under the OS temp dir, removed by cleanup(). */
export function tempFolder(prefix = 'quire-test-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface TestVault {
  dir: string;
  vaultPath: string;
  core: QuireCore;
  adminToken: string;
  /** Writes a file into the test folder and returns its path. */
  file(name: string, content: string | Uint8Array): string;
  /** Adds a user (as admin), clears their forced password change, signs them in. */
  addSignedInUser(username: string, fullName: string, roles: Role[]): Promise<string>;
  cleanup(): void;
}

/** A real vault file in a temp folder with an admin signed in. */
export async function createTestVault(options: { now?: () => Date; maxContentBytes?: number } = {}): Promise<TestVault> {
  const { dir, cleanup } = tempFolder();
  const vaultPath = path.join(dir, 'test.quire');
  const vault = await createVault({
    path: vaultPath,
    admin: { username: 'admin', fullName: 'Ada Admin', password: adminPassword },
    maxContentBytes: options.maxContentBytes,
    workstation: 'test-workstation',
    now: options.now ?? (() => new Date()),
    // Cheap scrypt for this vault's users: the suite creates hundreds (electron/core/users/scrypt-costs.ts).
    lowerScryptCostsForTests: true,
  });
  const core = new QuireCore(vault, { workstation: 'test-workstation', ...(options.now ? { now: options.now } : {}) });
  const { token: adminToken } = await core.login('admin', adminPassword);
  return {
    dir,
    vaultPath,
    core,
    adminToken,
    file(name, content) {
      const p = path.join(dir, name);
      writeFileSync(p, content);
      return p;
    },
    async addSignedInUser(username, fullName, roles) {
      const initial = 'Temporary-start-2026';
      await core.call(adminToken, 'users.add', { username, fullName, roles, initialPassword: initial });
      const { token } = await core.login(username, initial);
      await core.call(token, 'session.changePassword', { currentPassword: initial, newPassword: userPassword });
      return token;
    },
    cleanup() {
      core.close();
      cleanup();
    },
  };
}

/** The people the workflow stories are told with, each with the roles their name says. */
export const cast = {
  arun: ['Arun Author', ['author']],
  amy: ['Amy Author', ['author']],
  rita: ['Rita Reviewer', ['reviewer']],
  zhang: ['张伟', ['reviewer']],
  lukasz: ['Łukasz Ñúñez', ['approver']],
  maria: ['Maria Approver', ['approver']],
  carol: ['Carol Controller', ['controller']],
} as const satisfies Record<string, readonly [string, readonly Role[]]>;

/** Adds and signs in members of the cast; returns their session tokens by user name. */
export async function signInCast(t: TestVault, ...names: (keyof typeof cast)[]): Promise<Record<string, string>> {
  const tokens: Record<string, string> = {};
  for (const name of names) {
    const [fullName, roles] = cast[name];
    tokens[name] = await t.addSignedInUser(name, fullName, [...roles]);
  }
  return tokens;
}
