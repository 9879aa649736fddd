import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSigningKey } from '../../../electron/core/signatures';
import { hashPassword } from '../../../electron/core/users/password-hash';
import { runQuire } from '../../helpers/quire-cli';
import { sqlite3Tool } from '../../helpers/sqlite3-tool';
import { adminPassword, createTestVault, signInCast, type TestVault } from '../../helpers/temp-vault';
import { verifyWithCli } from '../../helpers/verify-cli';
import { routedDocument } from '../../helpers/workflow';

const sql = (text: string) => `'${text.replace(/'/g, "''")}'`;

// Finding 4: someone who holds the vault file (not Rita's password) sets Rita's password hash to one
// they know, plants a signing key wrapped under that password, signs as Rita through the app, then puts
// the hash back and retires the key. The signature verifies against the planted key; only the audit
// trail can tell that no event ever issued that key to Rita.
describe('a signature forged by a holder of the vault file', () => {
  let t: TestVault;
  let number: string;

  beforeAll(async () => {
    t = await createTestVault();
    const tokens = await signInCast(t, 'amy', 'rita', 'maria');
    number = await routedDocument(t, tokens.amy!, { reviewers: ['rita'], approvers: ['maria'] });
    t.core.close();

    const known = 'Attacker-knows-2026';
    const [plantedHash, plantedKey] = await Promise.all([hashPassword(known), createSigningKey(known)]);
    const ritaHash = sqlite3Tool(t.vaultPath, "SELECT password_hash FROM users WHERE username = 'rita';");
    sqlite3Tool(t.vaultPath, `UPDATE users SET password_hash = ${sql(plantedHash)} WHERE username = 'rita';
      INSERT INTO signing_keys (user_id, key_id, public_key_pem, encrypted_private_key, created_at)
      VALUES ((SELECT id FROM users WHERE username = 'rita'), ${sql(plantedKey.keyId)}, ${sql(plantedKey.publicKeyPem)}, ${sql(plantedKey.encryptedPrivateKey)}, ${sql(new Date().toISOString())});`);
    const signed = await runQuire(['rev', 'sign', t.vaultPath, number, '--meaning', 'reviewed', '--viewed', '--as', 'rita'], { QUIRE_PASSWORD: known });
    expect(signed.stderr).toBe('');
    expect(signed.code).toBe(0);
    sqlite3Tool(t.vaultPath, `UPDATE users SET password_hash = ${sql(ritaHash)} WHERE username = 'rita';
      UPDATE signing_keys SET retired_at = ${sql(new Date().toISOString())} WHERE key_id = ${sql(plantedKey.keyId)};`);
  }, 600_000);
  afterAll(() => t.cleanup());

  it('fails quire verify, naming the planted key and the user it was planted for', async () => {
    const run = await verifyWithCli(t.vaultPath);
    expect(run.code).toBe(1);
    expect(run.problems).toContainEqual(expect.objectContaining({ kind: 'state', location: expect.stringMatching(/^signing key \d+ of rita /), message: expect.stringContaining('was not issued by any audit event: a signing key was planted in the vault file for rita') }));
    expect(run.problems).toContainEqual(expect.objectContaining({ kind: 'signature', location: expect.stringContaining('reviewed by rita'), message: expect.stringMatching(/made with signing key \d+, which no audit event issued/) }));
  }, 120_000);

  it('fails quire signatures verify, naming the forged signature', async () => {
    const run = await runQuire(['signatures', 'verify', t.vaultPath, '--as', 'admin'], { QUIRE_PASSWORD: adminPassword });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^VAULT_VERIFY_FAILED: 1 of 1 signatures do not verify; the first, \d+: it was made with signing key \d+, which no audit event issued: the key was planted/);
  }, 120_000);
});
