import { QuireError } from '../../../shared/errors';
import { wrappingKeyLength } from './derive-wrapping-key';
import { signingKeyEnvelopeFormat, type SigningKeyEnvelope } from './signing-key-envelope';

const base64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
const sha256Hex = /^[0-9a-f]{64}$/;

// A tampered vault must not be able to make unlocking spend gigabytes or minutes: cap the cost we will pay.
const maxScryptN = 2 ** 20;
const maxScryptR = 32;
const maxScryptP = 16;
const maxScryptMemory = 2 ** 30;

function damaged(why: string): QuireError {
  return new QuireError('SIGNING_KEY_DAMAGED', {}, { why });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function bytes(value: unknown, name: string, length?: number): Buffer {
  if (typeof value !== 'string' || !base64.test(value)) throw damaged(`${name} is not base64`);
  const decoded = Buffer.from(value, 'base64');
  if (length !== undefined && decoded.length !== length) throw damaged(`${name} is not ${length} bytes`);
  return decoded;
}

function integer(value: unknown, name: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) throw damaged(`${name} is out of range`);
  return value;
}

export interface ParsedSigningKeyEnvelope {
  envelope: SigningKeyEnvelope;
  salt: Buffer;
  iv: Buffer;
  tag: Buffer;
  encryptedKey: Buffer;
}

/** Guarantees a fully checked envelope with its binary fields decoded, or SIGNING_KEY_DAMAGED saying what is wrong. */
export function parseSigningKeyEnvelope(stored: string): ParsedSigningKeyEnvelope {
  let value: unknown;
  try {
    value = JSON.parse(stored);
  } catch {
    throw damaged('not JSON');
  }
  if (!isRecord(value) || value.format !== signingKeyEnvelopeFormat) throw damaged('unknown format');
  const { keyId, kdf, cipher } = value;
  if (typeof keyId !== 'string' || !sha256Hex.test(keyId)) throw damaged('keyId is not a SHA-256 fingerprint');
  if (!isRecord(kdf) || kdf.name !== 'scrypt') throw damaged('unknown KDF');
  if (!isRecord(cipher) || cipher.name !== 'aes-256-gcm') throw damaged('unknown cipher');

  const N = integer(kdf.N, 'scrypt N', 2, maxScryptN);
  if ((N & (N - 1)) !== 0) throw damaged('scrypt N is not a power of two');
  const r = integer(kdf.r, 'scrypt r', 1, maxScryptR);
  const p = integer(kdf.p, 'scrypt p', 1, maxScryptP);
  if (128 * N * r > maxScryptMemory) throw damaged('scrypt cost needs more than 1 GiB');
  integer(kdf.dkLen, 'dkLen', wrappingKeyLength, wrappingKeyLength);
  const salt = bytes(kdf.salt, 'salt');
  if (salt.length < 16) throw damaged('salt is shorter than 16 bytes');
  const iv = bytes(cipher.iv, 'iv', 12);
  const tag = bytes(cipher.tag, 'tag', 16);
  const encryptedKey = bytes(value.encryptedKey, 'encryptedKey');
  if (encryptedKey.length === 0) throw damaged('encryptedKey is empty');

  const envelope: SigningKeyEnvelope = {
    format: signingKeyEnvelopeFormat,
    keyId,
    kdf: { name: 'scrypt', N, r, p, dkLen: wrappingKeyLength, salt: kdf.salt as string },
    cipher: { name: 'aes-256-gcm', iv: cipher.iv as string, tag: cipher.tag as string },
    encryptedKey: value.encryptedKey as string,
  };
  return { envelope, salt, iv, tag, encryptedKey };
}
