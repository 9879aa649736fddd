import { createPublicKey, sign, verify, type KeyObject } from 'node:crypto';
import type { ChainPoint } from '../audit/audit-head';
import { signingKeyId } from '../signatures';
import type { PackedFile } from './pack-writer';

export const packManifestFormat = 'quire-audit-pack/1';

/** The names of the files that carry the pack's own proof, written after every other file. */
export const packProofFiles = { manifest: 'manifest.json', signature: 'manifest.sig', publicKey: 'signer-public-key.pem' } as const;

export interface PackManifest {
  format: typeof packManifestFormat;
  vaultId: string;
  chainHead: { eventId: number; hash: string } | null;
  exportedAtUtc: string;
  exportedBy: { username: string; printedName: string; keyId: string };
  period: { from: string | null; to: string | null };
  /** The document numbers asked for, or null for every document. */
  documents: string[] | null;
  files: PackedFile[];
}

export function packManifest(fields: Omit<PackManifest, 'format' | 'chainHead'> & { chainHead: ChainPoint | null }): PackManifest {
  return { format: packManifestFormat, ...fields, chainHead: fields.chainHead ? { eventId: fields.chainHead.eventId, hash: fields.chainHead.hash } : null };
}

/** The manifest's exact bytes: what is signed, stored and verified (pretty JSON, so an auditor can read it). */
export const manifestBytes = (manifest: PackManifest) => Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8');

/**
 * Signs the pack manifest with the exporter's Ed25519 key (PureEdDSA over the file's bytes, as
 * `openssl pkeyutl -verify -rawin` checks it). Only a manifest of this format naming this very key is
 * signed, so the key never signs arbitrary text; base64, one line, as signature manifests are kept.
 */
export function signPackManifest(manifest: PackManifest, privateKey: KeyObject): string {
  if (manifest.format !== packManifestFormat || manifest.exportedBy.keyId !== signingKeyId(privateKey)) throw new Error('The pack manifest does not name the signing key');
  return sign(null, manifestBytes(manifest), privateKey).toString('base64');
}

/** True when the signature is the key's over exactly these bytes and the key is the one the manifest names. */
export function packSignatureHolds(bytes: Buffer, signatureB64: string, publicKeyPem: string, namedKeyId: string): boolean {
  try {
    const publicKey = createPublicKey({ key: publicKeyPem, format: 'pem' });
    if (publicKey.asymmetricKeyType !== 'ed25519') return false;
    return verify(null, bytes, publicKey, Buffer.from(signatureB64.trim(), 'base64')) && signingKeyId(publicKey) === namedKeyId;
  } catch {
    return false;
  }
}
