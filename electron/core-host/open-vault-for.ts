import os from 'node:os';
import path from 'node:path';
import { QuireError } from '../../shared/errors';
import { QuireCore } from '../core/quire-core';
import { createVault } from '../core/vault/create-vault';
import type { ChainWitnessStore } from '../core/witness/chain-witness-store';

/** The vault a core host is asked to serve: an existing file, or a new one. */
export type VaultRequest =
  | { kind: 'open'; vaultPath: string }
  | { kind: 'create'; vaultPath: string; admin: { username: string; fullName: string; password: string } };

/** Opens (or first creates) the requested vault; throws a QuireError the welcome screen can show. */
export async function openVaultFor(request: VaultRequest, witness: ChainWitnessStore): Promise<{ core: QuireCore; vaultPath: string }> {
  if (request.kind === 'open') return { core: QuireCore.open(request.vaultPath, { witness }), vaultPath: request.vaultPath };
  if (path.extname(request.vaultPath).toLowerCase() !== '.quire') {
    throw new QuireError('INVALID_INPUT', { problem: 'vault-file-extension' });
  }
  const vault = await createVault({ path: request.vaultPath, admin: request.admin, workstation: os.hostname(), now: () => new Date() });
  return { core: new QuireCore(vault, { witness }), vaultPath: request.vaultPath };
}
