import { scrypt } from 'node:crypto';

export interface ScryptParams {
  N: number;
  r: number;
  p: number;
}

/** The cost a new wrapping uses; each envelope records its own, so this can be raised without breaking old keys. */
export const signingKeyScryptParams: Readonly<ScryptParams> = Object.freeze({ N: 2 ** 17, r: 8, p: 1 });

export const wrappingKeyLength = 32;

/**
 * Guarantees a 32-byte AES-256 key from the password, salt and scrypt cost, computed on the libuv thread pool
 * so the event loop keeps serving while scrypt spends its ~128 MiB and a few hundred milliseconds.
 */
export function deriveWrappingKey(password: string, salt: Buffer, params: ScryptParams): Promise<Buffer> {
  // The same password typed on macOS (often NFD) and Windows (NFC) must unlock the same key (RFC 8265 OpaqueString).
  const normalized = password.normalize('NFC');
  // scrypt needs 128·r·(N + p + 2) bytes; Node's default cap of 32 MiB would refuse N = 2^17, r = 8.
  const maxmem = 128 * params.r * (params.N + params.p + 2) + 1024 * 1024;
  return new Promise((resolve, reject) => {
    scrypt(normalized, salt, wrappingKeyLength, { ...params, maxmem }, (error, key) => (error ? reject(error) : resolve(key)));
  });
}
