import { execFileSync, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';

// The checks of docs/signature-manifest.md §3, run with the system openssl tool: what an auditor
// does offline, without Quire, from a stored manifest, signature and public key.

export interface OpensslCheck {
  /** openssl pkeyutl -verify succeeded (exit 0, "Signature Verified Successfully"). */
  verified: boolean;
  output: string;
  /** SHA-256 of the public key's DER, as openssl computes it: must equal the manifest's signerKeyId. */
  keyId: string;
}

export function checkSignatureWithOpenssl(folder: string, stored: { manifest: string; signatureBase64: string; publicKeyPem: string }): OpensslCheck {
  const file = (name: string) => path.join(folder, name);
  writeFileSync(file('manifest.txt'), stored.manifest, 'utf8');
  writeFileSync(file('sig.b64'), stored.signatureBase64);
  writeFileSync(file('pub.pem'), stored.publicKeyPem);
  execFileSync('openssl', ['base64', '-d', '-A', '-in', file('sig.b64'), '-out', file('sig.bin')]);
  const result = spawnSync('openssl', ['pkeyutl', '-verify', '-pubin', '-inkey', file('pub.pem'), '-rawin', '-in', file('manifest.txt'), '-sigfile', file('sig.bin')], { encoding: 'utf8' });
  const output = `${result.stdout}${result.stderr}`;
  writeFileSync(file('pub.der'), execFileSync('openssl', ['pkey', '-pubin', '-in', file('pub.pem'), '-outform', 'DER']));
  return { verified: result.status === 0 && output.includes('Signature Verified Successfully'), output, keyId: opensslSha256(file('pub.der')) };
}

/** `openssl dgst -sha256 -r <file>`, the hex digest alone. */
export function opensslSha256(file: string): string {
  return execFileSync('openssl', ['dgst', '-sha256', '-r', file], { encoding: 'utf8' }).split(' ')[0]!;
}
