import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  canonicalSignatureManifest,
  createSigningKey,
  signatureManifestSha256,
  signManifest,
  unlockSigningKey,
  verifyManifestSignature,
  type SignatureManifestFields,
  type SigningKey,
} from '../../../electron/core/signatures';
import { approvalFields, errorCodeOf } from './manifest-fields';

const password = 'Blue-Heron-Tuesday-42';
let signer: SigningKey;
let privateKey: KeyObject;

beforeAll(async () => {
  signer = await createSigningKey(password);
  privateKey = await unlockSigningKey(signer.encryptedPrivateKey, password);
});

function fieldsFor(key: SigningKey, overrides: Partial<SignatureManifestFields> = {}): SignatureManifestFields {
  return approvalFields({ signerKeyId: key.keyId, ...overrides });
}

describe('signing a manifest', () => {
  it('yields a 64-byte Ed25519 signature that verifies with the public key', () => {
    const manifest = canonicalSignatureManifest(fieldsFor(signer));
    const signature = signManifest(manifest, privateKey);
    expect(Buffer.from(signature, 'base64')).toHaveLength(64);
    expect(verifyManifestSignature(manifest, signature, signer.publicKeyPem)).toBe(true);
  });

  it('fails verification when any one field is changed', () => {
    const original = fieldsFor(signer);
    const signature = signManifest(canonicalSignatureManifest(original), privateKey);
    const changes: Partial<SignatureManifestFields> = {
      documentNumber: 'SOP-QA-0008',
      documentId: 'doc-0008',
      revisionId: 'rev-0007-c',
      revisionLabel: 'C',
      contentSha256: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
      meaning: 'reviewed',
      signerUserId: 'user-43',
      signerUsername: 'lwojcik2',
      printedName: 'Lukasz Wojcik',
      signerKeyId: 'f'.repeat(64),
      signedAt: new Date(original.signedAt.getTime() + 1),
      timeZone: 'Europe/Berlin',
      utcOffset: '+02:00',
      comment: null,
      previousSignatureSha256: 'a'.repeat(64),
    };
    expect(Object.keys(changes).sort()).toEqual(Object.keys(original).sort());
    for (const [field, value] of Object.entries(changes)) {
      const altered = canonicalSignatureManifest({ ...original, [field]: value });
      expect(verifyManifestSignature(altered, signature, signer.publicKeyPem), field).toBe(false);
    }
  });

  it('fails verification with any other key, including the signer’s own key after an administrator reset', async () => {
    const manifest = canonicalSignatureManifest(fieldsFor(signer));
    const signature = signManifest(manifest, privateKey);
    const afterReset = await createSigningKey('Set-By-Admin-1');
    expect(verifyManifestSignature(manifest, signature, afterReset.publicKeyPem)).toBe(false);
    // The old public key is kept, so the old signature still verifies.
    expect(verifyManifestSignature(manifest, signature, signer.publicKeyPem)).toBe(true);
  });

  it('answers false, never throws, for garbage', () => {
    const manifest = canonicalSignatureManifest(fieldsFor(signer));
    const signature = signManifest(manifest, privateKey);
    const rsaPem = generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey.export({ type: 'spki', format: 'pem' }).toString();
    const attempts: [unknown, unknown, unknown][] = [
      [manifest, 'not base64!', signer.publicKeyPem],
      [manifest, signature.slice(0, -4), signer.publicKeyPem],
      [manifest, `${signature}AAAA`, signer.publicKeyPem],
      [manifest, '', signer.publicKeyPem],
      [manifest, signature, 'not a key'],
      [manifest, signature, rsaPem],
      [manifest, signature, ''],
      ['', signature, signer.publicKeyPem],
      [null, signature, signer.publicKeyPem],
      [manifest, 42, signer.publicKeyPem],
      [manifest, signature, { key: 'object' }],
      [`${manifest} `, signature, signer.publicKeyPem],
    ];
    for (const [m, s, k] of attempts) {
      expect(verifyManifestSignature(m as string, s as string, k as string)).toBe(false);
    }
  });

  it('never signs arbitrary text or a manifest that names someone else’s key', async () => {
    expect(await errorCodeOf(() => signManifest('I owe Mallory 1000 EUR', privateKey))).toBe('SIGNATURE_MANIFEST_INVALID');
    const other = await createSigningKey('other-password');
    const namingOther = canonicalSignatureManifest(fieldsFor(other));
    expect(await errorCodeOf(() => signManifest(namingOther, privateKey))).toBe('SIGNATURE_MANIFEST_INVALID');
    const manifest = canonicalSignatureManifest(fieldsFor(signer));
    expect(await errorCodeOf(() => signManifest(manifest, generateKeyPairSync('ed448').privateKey))).toBe('SIGNING_KEY_INVALID');
  });

  it('chains the signatures on one revision through the hash of the previous manifest', () => {
    const review = canonicalSignatureManifest(fieldsFor(signer, { meaning: 'reviewed' }));
    const approval = canonicalSignatureManifest(fieldsFor(signer, { previousSignatureSha256: signatureManifestSha256(review) }));
    expect(JSON.parse(approval).previousSignatureSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(verifyManifestSignature(approval, signManifest(approval, privateKey), signer.publicKeyPem)).toBe(true);
  });
});
