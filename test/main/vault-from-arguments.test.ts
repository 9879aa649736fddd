import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isOwnPage } from '../../electron/main/own-page';
import { unpackedPath } from '../../electron/main/unpacked-path';
import { vaultFromArguments } from '../../electron/main/vault-from-arguments';

describe('what the main process reads from paths and URLs', () => {
  it('finds the vault Explorer passes, or --vault, and skips Electron switches', () => {
    const cwd = path.resolve('/work');
    expect(vaultFromArguments(['Quire.exe', '--allow-file-access-from-files', 'QA vault.quire'], cwd)).toBe(path.resolve(cwd, 'QA vault.quire'));
    expect(vaultFromArguments(['electron', '.', '--vault', 'x.quire'], cwd)).toBe(path.resolve(cwd, 'x.quire'));
    expect(vaultFromArguments(['Quire.exe', 'C:\\Vaults\\QA.QUIRE'], cwd)).toBe(path.resolve(cwd, 'C:\\Vaults\\QA.QUIRE'));
    expect(vaultFromArguments(['Quire.exe'], cwd)).toBeNull();
    expect(vaultFromArguments(['Quire.exe', 'notes.txt', '--inspect=0'], cwd)).toBeNull();
  });

  it('runs the core host from app.asar.unpacked when the app is packed, and as is otherwise', () => {
    expect(unpackedPath('C:\\Program Files\\Quire\\resources\\app.asar\\dist\\electron\\core-host.mjs')).toBe('C:\\Program Files\\Quire\\resources\\app.asar.unpacked\\dist\\electron\\core-host.mjs');
    expect(unpackedPath('/Applications/Quire.app/Contents/Resources/app.asar/dist/electron/core-host.mjs')).toBe('/Applications/Quire.app/Contents/Resources/app.asar.unpacked/dist/electron/core-host.mjs');
    expect(unpackedPath('/home/me/my app.asar stuff/dist/electron/core-host.mjs')).toBe('/home/me/my app.asar stuff/dist/electron/core-host.mjs');
    expect(unpackedPath('/repo/dist/electron/core-host.mjs')).toBe('/repo/dist/electron/core-host.mjs');
  });

  it('knows our pages by origin alone', () => {
    expect(isOwnPage('app://quire/index.html#/inbox')).toBe(true);
    for (const url of ['file:///c:/Quire/resources/app.asar/dist/renderer/index.html', 'app://quire.evil/', 'app://quire:1/', 'app://a:b@quire/', 'http://quire/', 'not a url']) {
      expect(isOwnPage(url), url).toBe(false);
    }
  });
});
