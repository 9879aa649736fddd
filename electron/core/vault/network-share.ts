import { statfsSync } from 'node:fs';
import path from 'node:path';
import { QuireError } from '../../../shared/errors';

// f_type magic numbers (Linux statfs(2)) of file systems on which SQLite's WAL locking is unsafe.
const networkFileSystemTypes = new Map<number, string>([
  [0x6969, 'NFS'],
  [0x517b, 'SMB'],
  [0xff534d42, 'CIFS'],
  [0xfe534d42, 'SMB2'],
  [0x564c, 'NCP'],
  [0x65735546, 'FUSE (possibly a network mount)'],
  [0x01021997, '9P'],
  [0x5346414f, 'AFS'],
  [0x0bd00bd0, 'Lustre'],
  [0x19830326, 'FhGFS'],
  [0x47504653, 'GPFS'],
]);

/** The network file system a statfs type number names, or null for a local one. */
export function networkFileSystemName(type: number): string | null {
  return networkFileSystemTypes.get(type >>> 0) ?? null;
}

/** True for Windows UNC paths (\\server\share, //server/share), including the \\?\UNC\ long form. */
export function isUncPath(p: string): boolean {
  return /^(\\\\|\/\/)(?!\?\\[A-Za-z]:)[^\\/]+[\\/][^\\/]+/.test(p) || /^\\\\\?\\UNC\\/i.test(p);
}

/**
 * Refuses a vault path on a network share wherever that can be told: a UNC path, or a
 * file system that statfs reports as NFS/SMB/CIFS and the like. Mapped drive letters on
 * Windows and network volumes on macOS cannot be told this way (docs/ARCHITECTURE.md).
 */
export function refuseNetworkShare(vaultPath: string): void {
  if (isUncPath(vaultPath)) {
    throw new QuireError('VAULT_ON_NETWORK_SHARE', { path: vaultPath });
  }
  const folder = path.dirname(path.resolve(vaultPath));
  let type: number;
  try {
    type = Number(statfsSync(folder).type);
  } catch {
    return; // The folder does not exist yet or cannot be queried: opening will say what is wrong.
  }
  const name = networkFileSystemName(type);
  if (name && process.platform === 'linux') {
    throw new QuireError('VAULT_ON_NETWORK_SHARE', { path: folder, fileSystem: name });
  }
}
