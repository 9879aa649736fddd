import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canonicalSignatureManifest, createSigningKey, signManifest, unlockSigningKey } from '../../../electron/core/signatures';
import { checkSignatureWithOpenssl } from '../../helpers/openssl';
import { approvalFields } from './manifest-fields';

// An auditor must be able to check a signature offline with a tool that is not Quire: here, the openssl CLI.
let folder: string;

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'quire-openssl-'));
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('a signature checked with the openssl command-line tool', () => {
  it('verifies, and fails once the manifest is altered', async () => {
    const key = await createSigningKey('Blue-Heron-Tuesday-42');
    const privateKey = await unlockSigningKey(key.encryptedPrivateKey, 'Blue-Heron-Tuesday-42');
    const manifest = canonicalSignatureManifest(approvalFields({ signerKeyId: key.keyId, printedName: '张伟' }));
    const signature = signManifest(manifest, privateKey);

    const good = checkSignatureWithOpenssl(folder, { manifest, signatureBase64: signature, publicKeyPem: key.publicKeyPem });
    expect(good.output).toContain('Signature Verified Successfully');
    expect(good.verified).toBe(true);

    const bad = checkSignatureWithOpenssl(folder, { manifest: manifest.replace('"approved"', '"reviewed"'), signatureBase64: signature, publicKeyPem: key.publicKeyPem });
    expect(bad.output).toContain('Signature Verification Failure');
    expect(bad.verified).toBe(false);
  });

  it('computes the same key id from the PEM', async () => {
    const key = await createSigningKey('Blue-Heron-Tuesday-42');
    const manifest = canonicalSignatureManifest(approvalFields({ signerKeyId: key.keyId }));
    expect(checkSignatureWithOpenssl(folder, { manifest, signatureBase64: 'AA==', publicKeyPem: key.publicKeyPem }).keyId).toBe(key.keyId);
  });
});
