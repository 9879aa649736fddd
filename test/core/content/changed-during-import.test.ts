import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestVault, type TestVault } from '../../helpers/temp-vault';
import { vaultCounts } from '../../helpers/vault-counts';

// A large file is hashed in one streamed pass and copied into the vault in a second one; if someone
// is still writing it in between, the import is refused and nothing of it is kept.
describe('a large file that changes while it is imported', () => {
  let vault: TestVault;
  let author: string;
  let atNextClockRead: (() => void) | undefined;

  beforeAll(async () => {
    vault = await createTestVault({
      now: () => {
        const hook = atNextClockRead;
        atNextClockRead = undefined;
        hook?.();
        return new Date();
      },
    });
    author = await vault.addSignedInUser('arun', 'Arun Author', ['author']);
  });
  afterAll(() => vault.cleanup());

  it('keeps nothing: no document, no number, no content, no event', async () => {
    const bigger = 17 * 1024 * 1024; // above the size read once into memory
    const file = vault.file('scan.tif', new Uint8Array(bigger).fill(1));
    const before = vaultCounts(vault.core.vault.db);
    atNextClockRead = () => writeFileSync(file, new Uint8Array(bigger).fill(2));
    await expect(vault.core.call(author, 'documents.register', { type: 'DWG', department: 'ENG', title: 'Scanned drawing', file: { path: file } })).rejects.toMatchObject({
      code: 'CONTENT_CHANGED_DURING_IMPORT',
    });
    expect(vaultCounts(vault.core.vault.db)).toEqual(before);
  });
});
