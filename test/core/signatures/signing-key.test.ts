import { createHash, createPublicKey, sign, verify } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createSigningKey, rewrapSigningKey, signingKeyId, unlockSigningKey } from '../../../electron/core/signatures';
import { errorCodeOf } from './manifest-fields';

const password = 'Blue-Heron-Tuesday-42';

describe('a user signing key', () => {
  it('is an Ed25519 key pair whose id is the SHA-256 of the SPKI DER', async () => {
    const key = await createSigningKey(password);
    const publicKey = createPublicKey(key.publicKeyPem);
    expect(key.publicKeyPem).toMatch(/^-----BEGIN PUBLIC KEY-----\n/);
    expect(publicKey.asymmetricKeyType).toBe('ed25519');
    expect(key.keyId).toBe(createHash('sha256').update(publicKey.export({ type: 'spki', format: 'der' })).digest('hex'));
    expect(signingKeyId(key.publicKeyPem)).toBe(key.keyId);
  });

  it('is stored wrapped with scrypt (N=2^17, r=8, p=1, own salt) and AES-256-GCM, never in the clear', async () => {
    const key = await createSigningKey(password);
    const envelope = JSON.parse(key.encryptedPrivateKey);
    expect(envelope).toMatchObject({
      format: 'quire-signing-key/1',
      keyId: key.keyId,
      kdf: { name: 'scrypt', N: 131072, r: 8, p: 1, dkLen: 32 },
      cipher: { name: 'aes-256-gcm' },
    });
    expect(Buffer.from(envelope.kdf.salt, 'base64')).toHaveLength(16);
    expect(Buffer.from(envelope.cipher.iv, 'base64')).toHaveLength(12);
    expect(Buffer.from(envelope.cipher.tag, 'base64')).toHaveLength(16);

    const privateKey = await unlockSigningKey(key.encryptedPrivateKey, password);
    const pkcs8 = privateKey.export({ type: 'pkcs8', format: 'der' });
    const rawSeed = pkcs8.subarray(-32);
    expect(Buffer.from(envelope.encryptedKey, 'base64').includes(rawSeed)).toBe(false);
    expect(key.encryptedPrivateKey).not.toContain(pkcs8.toString('base64'));
  });

  it('gets a fresh salt, IV and key pair every time, even for the same password', async () => {
    const [a, b] = await Promise.all([createSigningKey(password), createSigningKey(password)]);
    expect(a.keyId).not.toBe(b.keyId);
    const [ea, eb] = [JSON.parse(a.encryptedPrivateKey), JSON.parse(b.encryptedPrivateKey)];
    expect(ea.kdf.salt).not.toBe(eb.kdf.salt);
    expect(ea.cipher.iv).not.toBe(eb.cipher.iv);
  });

  it('unlocks with the password into the private half of the stored public key', async () => {
    const key = await createSigningKey(password);
    const privateKey = await unlockSigningKey(key.encryptedPrivateKey, password);
    const data = Buffer.from('anything');
    expect(verify(null, data, key.publicKeyPem, sign(null, data, privateKey))).toBe(true);
  });

  it('refuses a wrong or empty password cleanly, as SIGNING_KEY_LOCKED', async () => {
    const key = await createSigningKey(password);
    expect(await errorCodeOf(() => unlockSigningKey(key.encryptedPrivateKey, 'blue-heron-tuesday-42'))).toBe('SIGNING_KEY_LOCKED');
    expect(await errorCodeOf(() => unlockSigningKey(key.encryptedPrivateKey, ''))).toBe('SIGNING_KEY_LOCKED');
  });

  it('unlocks with the same password typed in NFD (as macOS often sends it)', async () => {
    const key = await createSigningKey('Ёлка-Wójcik');
    await expect(unlockSigningKey(key.encryptedPrivateKey, 'Ёлка-Wójcik'.normalize('NFD'))).resolves.toBeDefined();
  });

  it('will not protect a key with an empty password', async () => {
    expect(await errorCodeOf(() => createSigningKey(''))).toBe('SIGNING_PASSWORD_REQUIRED');
  });

  it('refuses a tampered envelope without ever yielding a key', async () => {
    const key = await createSigningKey(password);
    const envelope = JSON.parse(key.encryptedPrivateKey);
    const other = await createSigningKey(password);

    const flippedCiphertext = Buffer.from(envelope.encryptedKey, 'base64');
    flippedCiphertext[5] = (flippedCiphertext[5] ?? 0) ^ 1;
    const tampered = [
      { ...envelope, encryptedKey: flippedCiphertext.toString('base64') },
      // The key id and KDF are authenticated with the ciphertext (GCM additional data).
      { ...envelope, keyId: other.keyId },
      { ...envelope, kdf: { ...envelope.kdf, N: 2 ** 16 } },
    ];
    for (const envelopeVariant of tampered) {
      expect(await errorCodeOf(() => unlockSigningKey(JSON.stringify(envelopeVariant), password))).toBe('SIGNING_KEY_LOCKED');
    }

    const damaged = [
      'not json',
      '{}',
      JSON.stringify({ ...envelope, format: 'quire-signing-key/99' }),
      JSON.stringify({ ...envelope, cipher: { ...envelope.cipher, iv: 'AAAA' } }),
      // A cost that would tie up gigabytes is refused before scrypt runs.
      JSON.stringify({ ...envelope, kdf: { ...envelope.kdf, N: 2 ** 24 } }),
      JSON.stringify({ ...envelope, kdf: { ...envelope.kdf, N: 2 ** 20, r: 32 } }),
      JSON.stringify({ ...envelope, kdf: { ...envelope.kdf, N: 100_000 } }),
    ];
    for (const stored of damaged) {
      expect(await errorCodeOf(() => unlockSigningKey(stored, password))).toBe('SIGNING_KEY_DAMAGED');
    }
  });

  it('runs scrypt off the event loop, so the app keeps responding while a key unlocks', async () => {
    const key = await createSigningKey(password);
    let ticks = 0;
    const timer = setInterval(() => (ticks += 1), 5);
    try {
      await unlockSigningKey(key.encryptedPrivateKey, password);
    } finally {
      clearInterval(timer);
    }
    expect(ticks).toBeGreaterThanOrEqual(3);
  });
});

describe('a user changing their own password', () => {
  it('keeps the same key pair under the new password, and the old password stops working', async () => {
    const key = await createSigningKey(password);
    const rewrapped = await rewrapSigningKey(key.encryptedPrivateKey, password, 'Green-Otter-Friday-7');
    expect(JSON.parse(rewrapped).keyId).toBe(key.keyId);
    expect(JSON.parse(rewrapped).kdf.salt).not.toBe(JSON.parse(key.encryptedPrivateKey).kdf.salt);

    const privateKey = await unlockSigningKey(rewrapped, 'Green-Otter-Friday-7');
    expect(signingKeyId(privateKey)).toBe(key.keyId);
    expect(createPublicKey(privateKey).export({ type: 'spki', format: 'pem' })).toBe(key.publicKeyPem);
    expect(await errorCodeOf(() => unlockSigningKey(rewrapped, password))).toBe('SIGNING_KEY_LOCKED');
  });

  it('cannot re-wrap without the current password', async () => {
    const key = await createSigningKey(password);
    expect(await errorCodeOf(() => rewrapSigningKey(key.encryptedPrivateKey, 'guess', 'new-password'))).toBe('SIGNING_KEY_LOCKED');
  });
});
