import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createVault } from '../../../electron/core/vault/create-vault';
import { closeVault } from '../../../electron/core/vault/open-vault';
import { sqlite3Tool } from '../../helpers/sqlite3-tool';
import { createTestVault, signInCast, tempFolder, userPassword, type TestVault } from '../../helpers/temp-vault';
import { routedDocument } from '../../helpers/workflow';
import { viewRevision } from '../../helpers/view-revision';

const repoRoot = path.resolve(import.meta.dirname, '../../..');
const productionFolders = ['electron', 'shared', 'renderer', 'bin', 'scripts', 'bench'];
// The switch is defined in scrypt-costs.ts and forwarded by createVault's test-only option; nothing else may name it.
const allowedMentions = ['electron/core/users/scrypt-costs.ts', 'electron/core/vault/create-vault.ts'];

function sourceFiles(folder: string): string[] {
  return readdirSync(path.join(repoRoot, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(?:[cm]?[jt]sx?)$/u.test(entry.name))
    .map((entry) => path.relative(repoRoot, path.join(entry.parentPath, entry.name)));
}

/** The scrypt N of each user's password hash and active signing key, read with the stock sqlite3 tool. */
function storedCosts(vaultPath: string): { hashN: number; keyN: number | null }[] {
  const rows = sqlite3Tool(vaultPath, "SELECT u.password_hash, coalesce(k.encrypted_private_key, '') FROM users u LEFT JOIN signing_keys k ON k.user_id = u.id AND k.retired_at IS NULL ORDER BY u.id;");
  return rows.split('\n').map((row) => {
    const [hash, envelope] = row.split('|') as [string, string];
    return { hashN: Number(hash.split('$')[1]), keyN: envelope ? (JSON.parse(envelope) as { kdf: { N: number } }).kdf.N : null };
  });
}

describe('a cheaper scrypt cost for tests', () => {
  let t: TestVault;
  let tokens: Record<string, string>;
  beforeAll(async () => {
    t = await createTestVault();
    tokens = await signInCast(t, 'arun', 'rita', 'lukasz');
  });
  afterAll(() => t.cleanup());

  it('is reachable only from test helpers: no production source names the switch', () => {
    const mentions = productionFolders.flatMap(sourceFiles).filter((file) => readFileSync(path.join(repoRoot, file), 'utf8').includes('lowerScryptCostsForTests'));
    expect(mentions.sort()).toEqual(allowedMentions);
  });

  it('is what the test vault helper gives its users, whose hashes and keys still sign and verify', async () => {
    const number = await routedDocument(t, tokens.arun!, { reviewers: ['rita'], approvers: ['lukasz'] });
    await viewRevision(t.core, tokens.rita!, number);
    await t.core.call(tokens.rita!, 'revisions.sign', { number, meaning: 'reviewed', password: userPassword });
    expect(storedCosts(t.vaultPath)).toEqual([
      { hashN: 1024, keyN: 1024 },
      ...['arun', 'rita', 'lukasz'].map(() => ({ hashN: 1024, keyN: 1024 })),
    ]);
    const report = await t.core.call(t.adminToken, 'vault.verify', {});
    expect(report.ok).toBe(true);
  });

  it('is never what a vault made the production way gets (quire init, the app): N = 2^17', async () => {
    const { dir, cleanup } = tempFolder();
    try {
      const vaultPath = path.join(dir, 'production.quire');
      closeVault(await createVault({ path: vaultPath, admin: { username: 'admin', fullName: 'Ada Admin', password: 'Vault-keeper-2026' }, workstation: 'w', now: () => new Date() }));
      expect(storedCosts(vaultPath)).toEqual([{ hashN: 2 ** 17, keyN: 2 ** 17 }]);
    } finally {
      cleanup();
    }
  });
});
