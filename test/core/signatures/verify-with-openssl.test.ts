import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canonicalSignatureManifest, createSigningKey, signManifest, unlockSigningKey } from '../../../electron/core/signatures';
import { approvalFields } from './manifest-fields';

// An auditor must be able to check a signature offline with a tool that is not Quire: here, the openssl CLI.
let folder: string;

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'quire-openssl-'));
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function opensslVerify(manifestFile: string): { status: number | null; output: string } {
  const result = spawnSync(
    'openssl',
    ['pkeyutl', '-verify', '-pubin', '-inkey', join(folder, 'pub.pem'), '-rawin', '-in', manifestFile, '-sigfile', join(folder, 'sig.bin')],
    { encoding: 'utf8' },
  );
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('a signature checked with the openssl command-line tool', () => {
  it('verifies, and fails once the manifest is altered', async () => {
    const key = await createSigningKey('Blue-Heron-Tuesday-42');
    const privateKey = await unlockSigningKey(key.encryptedPrivateKey, 'Blue-Heron-Tuesday-42');
    const manifest = canonicalSignatureManifest(approvalFields({ signerKeyId: key.keyId, printedName: '张伟' }));
    const signature = signManifest(manifest, privateKey);

    writeFileSync(join(folder, 'pub.pem'), key.publicKeyPem);
    writeFileSync(join(folder, 'manifest.txt'), manifest, 'utf8');
    writeFileSync(join(folder, 'sig.bin'), Buffer.from(signature, 'base64'));
    writeFileSync(join(folder, 'altered.txt'), manifest.replace('"approved"', '"reviewed"'), 'utf8');

    const good = opensslVerify(join(folder, 'manifest.txt'));
    expect(good.output).toContain('Signature Verified Successfully');
    expect(good.status).toBe(0);

    const bad = opensslVerify(join(folder, 'altered.txt'));
    expect(bad.output).toContain('Signature Verification Failure');
    expect(bad.status).not.toBe(0);
  });

  it('computes the same key id from the PEM', async () => {
    const key = await createSigningKey('Blue-Heron-Tuesday-42');
    writeFileSync(join(folder, 'key.pem'), key.publicKeyPem);
    const der = execFileSync('openssl', ['pkey', '-pubin', '-in', join(folder, 'key.pem'), '-outform', 'DER']);
    writeFileSync(join(folder, 'key.der'), der);
    const digest = execFileSync('openssl', ['dgst', '-sha256', '-r', join(folder, 'key.der')], { encoding: 'utf8' });
    expect(digest.split(' ')[0]).toBe(key.keyId);
  });
});
