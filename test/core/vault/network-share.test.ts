import { describe, expect, it } from 'vitest';
import { isUncPath, networkFileSystemName, refuseNetworkShare } from '../../../electron/core/vault/network-share';
import { QuireCore } from '../../../electron/core/quire-core';
import { tempFolder } from '../../helpers/temp-vault';

// SQLite's WAL locking is not safe on network file systems: a vault there is refused up front.

describe('vaults on network shares', () => {
  it('recognises Windows UNC paths in their usual spellings, and not local paths', () => {
    for (const unc of ['\\\\server\\share\\v.quire', '//server/share/v.quire', '\\\\?\\UNC\\server\\share\\v.quire', '\\\\fs01.corp\\qa$\\vault.quire']) {
      expect(isUncPath(unc), unc).toBe(true);
    }
    for (const local of ['C:\\QA\\v.quire', '\\\\?\\C:\\QA\\v.quire', '/home/qa/v.quire', 'v.quire', './share/v.quire']) {
      expect(isUncPath(local), local).toBe(false);
    }
  });

  it('refuses a UNC path with VAULT_ON_NETWORK_SHARE, whether creating or opening', () => {
    expect(() => refuseNetworkShare('\\\\server\\share\\v.quire')).toThrow(expect.objectContaining({ code: 'VAULT_ON_NETWORK_SHARE', message: expect.stringContaining('local disk') }));
    expect(() => QuireCore.open('\\\\server\\share\\v.quire')).toThrow(expect.objectContaining({ code: 'VAULT_ON_NETWORK_SHARE' }));
  });

  it('names NFS, SMB and CIFS from their statfs magic numbers, signed or unsigned, and not ext4 or tmpfs', () => {
    expect(networkFileSystemName(0x6969)).toBe('NFS');
    expect(networkFileSystemName(0x517b)).toBe('SMB');
    expect(networkFileSystemName(0xff534d42)).toBe('CIFS');
    expect(networkFileSystemName(0xff534d42 | 0)).toBe('CIFS'); // as a signed 32-bit f_type
    expect(networkFileSystemName(0xfe534d42)).toBe('SMB2');
    expect(networkFileSystemName(0xef53)).toBeNull();
    expect(networkFileSystemName(0x01021994)).toBeNull();
  });

  it('lets a vault sit in a local temp folder', () => {
    const folder = tempFolder();
    try {
      expect(() => refuseNetworkShare(`${folder.dir}/v.quire`)).not.toThrow();
    } finally {
      folder.cleanup();
    }
  });
});
