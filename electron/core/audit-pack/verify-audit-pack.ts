import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import path from 'node:path';
import { QuireError } from '../../../shared/errors';
import { packManifestFormat, packProofFiles, packSignatureHolds, type PackManifest } from './pack-manifest';
import { NotAZip, openZipEntry, readZipEntries, type ZipEntry } from './read-zip-entries';

export interface AuditPackCheck {
  ok: boolean;
  vaultId: string;
  chainHead: string;
  exportedBy: string;
  exportedAtUtc: string;
  keyId: string;
  files: number;
  /** Each thing found wrong, in words naming the file. */
  problems: string[];
}

async function entryBytes(file: string, entry: ZipEntry): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of openZipEntry(file, entry)) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function entryDigest(file: string, entry: ZipEntry): Promise<{ sha256: string; bytes: number } | string> {
  const hash = createHash('sha256');
  let bytes = 0;
  try {
    for await (const chunk of openZipEntry(file, entry)) {
      hash.update(chunk as Buffer);
      bytes += (chunk as Buffer).length;
    }
  } catch (error) {
    return `${entry.name} cannot be read from the ZIP (${(error as Error).message}).`;
  }
  return { sha256: hash.digest('hex'), bytes };
}

function parseManifest(bytes: Buffer, where: string): PackManifest {
  let manifest: PackManifest;
  try {
    manifest = JSON.parse(bytes.toString('utf8')) as PackManifest;
  } catch {
    throw new QuireError('AUDIT_PACK_UNREADABLE', { path: where, problem: 'manifest-malformed' });
  }
  if (manifest?.format !== packManifestFormat || !Array.isArray(manifest.files) || typeof manifest.exportedBy?.keyId !== 'string') throw new QuireError('AUDIT_PACK_UNREADABLE', { path: where, problem: 'manifest-malformed' });
  return manifest;
}

/**
 * Checks an evidence pack without the vault: the manifest's Ed25519 signature by the key it names,
 * and every file's SHA-256 and size against the manifest; names each file that differs, is missing or
 * was added. Streams each file, so a large pack is checked in little memory.
 */
export async function verifyAuditPack(file: string): Promise<AuditPackCheck> {
  const where = path.resolve(file);
  if (!statSync(where, { throwIfNoEntry: false })?.isFile()) throw new QuireError('AUDIT_PACK_UNREADABLE', { path: where, problem: 'not-found' });
  let entries: ZipEntry[];
  try {
    entries = readZipEntries(where);
  } catch (error) {
    if (error instanceof NotAZip) throw new QuireError('AUDIT_PACK_UNREADABLE', { path: where, problem: 'not-a-zip' });
    throw error;
  }
  const byName = new Map(entries.map((e) => [e.name, e]));
  const proof = (name: string) => byName.get(name);
  const manifestEntry = proof(packProofFiles.manifest);
  if (!manifestEntry) throw new QuireError('AUDIT_PACK_UNREADABLE', { path: where, problem: 'no-manifest' });
  // A manifest whose compressed bytes were changed may not even inflate: it is then no manifest of ours.
  const manifestData = await entryBytes(where, manifestEntry).catch(() => Buffer.from(''));
  const manifest = parseManifest(manifestData, where);
  const problems: string[] = [];

  const signatureEntry = proof(packProofFiles.signature);
  const keyEntry = proof(packProofFiles.publicKey);
  if (!signatureEntry || !keyEntry) problems.push(`The pack has no ${!signatureEntry ? packProofFiles.signature : packProofFiles.publicKey}, so its manifest cannot be checked.`);
  else if (!packSignatureHolds(manifestData, (await entryBytes(where, signatureEntry)).toString('utf8'), (await entryBytes(where, keyEntry)).toString('utf8'), manifest.exportedBy.keyId)) {
    problems.push(`The signature in ${packProofFiles.signature} does not match ${packProofFiles.manifest} and the key ${manifest.exportedBy.keyId} it names: the manifest or the signature was changed.`);
  }

  const listed = new Set<string>();
  for (const expected of manifest.files) {
    listed.add(expected.path);
    const entry = byName.get(expected.path);
    if (!entry) {
      problems.push(`${expected.path} is listed in the manifest but missing from the pack.`);
      continue;
    }
    const found = await entryDigest(where, entry);
    if (typeof found === 'string') problems.push(found);
    else if (found.sha256 !== expected.sha256 || found.bytes !== expected.bytes) problems.push(`${expected.path} was changed: its SHA-256 is ${found.sha256}, the manifest says ${expected.sha256}.`);
  }
  const proofNames = new Set<string>(Object.values(packProofFiles));
  for (const entry of entries) if (!listed.has(entry.name) && !proofNames.has(entry.name)) problems.push(`${entry.name} is in the pack but not in the manifest: it was added afterwards.`);

  return {
    ok: problems.length === 0,
    vaultId: String(manifest.vaultId),
    chainHead: manifest.chainHead ? `${manifest.chainHead.eventId}:${manifest.chainHead.hash}` : 'none',
    exportedBy: `${manifest.exportedBy.printedName} (${manifest.exportedBy.username})`,
    exportedAtUtc: String(manifest.exportedAtUtc),
    keyId: manifest.exportedBy.keyId,
    files: manifest.files.length,
    problems,
  };
}
