import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';

// DESIGN.md §2: the renderer and the contract never reach Node or Electron; the core never reaches Electron.
const eslint = new ESLint({ cwd: process.cwd() });

async function restrictedImportMessages(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('process boundaries', () => {
  it('refuses node:fs and electron in the renderer', async () => {
    expect(await restrictedImportMessages('renderer/app/x.tsx', "import fs from 'node:fs';\nexport const a = fs;\n")).toHaveLength(1);
    expect(await restrictedImportMessages('renderer/app/x.tsx', "import { ipcRenderer } from 'electron';\nexport const a = ipcRenderer;\n")).toHaveLength(1);
  });

  it('refuses bare Node built-ins in the shared contract', async () => {
    expect(await restrictedImportMessages('shared/x.ts', "import path from 'path';\nexport const a = path;\n")).toHaveLength(1);
  });

  it('refuses electron in the core but allows node:*', async () => {
    expect(await restrictedImportMessages('electron/core/x.ts', "import { app } from 'electron';\nexport const a = app;\n")).toHaveLength(1);
    expect(await restrictedImportMessages('electron/core/x.ts', "import fs from 'node:fs';\nexport const a = fs;\n")).toHaveLength(0);
  });

  it('lets the main process import electron', async () => {
    expect(await restrictedImportMessages('electron/main/x.ts', "import { app } from 'electron';\nexport const a = app;\n")).toHaveLength(0);
  });
});

// Issue 8.6: relative imports are resolved against the importing file, so a path that climbs into
// another process's folder is refused however it is spelled; imports within the allowed folders pass.
async function crossingMessages(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  const fatal = (result?.messages ?? []).filter((m) => m.fatal);
  expect(fatal, 'the snippet must parse').toEqual([]);
  return (result?.messages ?? []).filter((m) => m.ruleId === 'quire/process-boundaries').map((m) => m.message);
}

const importing = (specifier: string) => `import { a } from '${specifier}';\nexport const b = a;\n`;

describe('relative imports across process boundaries', () => {
  it.each([
    ['renderer/app/x.tsx', '../../electron/core/quire-core', 'electron/core/quire-core'],
    ['renderer/app/x.tsx', '../../electron/main/ipc', 'electron/main/ipc'],
    ['renderer/features/register/x.tsx', '../../../electron/preload/index', 'electron/preload/index'],
    ['renderer/app/x.tsx', '../../test/helpers/temp-vault', 'test/helpers/temp-vault'],
    ['shared/contract/x.ts', '../../electron/core/vault/open-vault', 'electron/core/vault/open-vault'],
    ['shared/x.ts', '../renderer/api', 'renderer/api'],
    ['electron/core/vault/x.ts', '../../main/ipc', 'electron/main/ipc'],
    ['electron/core/x.ts', '../preload/index', 'electron/preload/index'],
    ['electron/core/api/x.ts', '../../cli/quire', 'electron/cli/quire'],
    ['electron/core/x.ts', '../core-host/client-sessions', 'electron/core-host/client-sessions'],
    ['electron/core/x.ts', '../../renderer/api', 'renderer/api'],
    ['electron/preload/index.ts', '../core/quire-core', 'electron/core/quire-core'],
    ['electron/preload/index.ts', '../main/ipc', 'electron/main/ipc'],
    ['electron/main/x.ts', '../core/quire-core', 'electron/core/quire-core'],
    ['electron/main/x.ts', '../core-host/client-sessions', 'electron/core-host/client-sessions'],
    ['electron/serve/x.ts', '../cli/quire', 'electron/cli/quire'],
    ['electron/core-host/x.ts', '../main/ipc', 'electron/main/ipc'],
  ])('refuses %s importing %s', async (file, specifier, target) => {
    const messages = await crossingMessages(file, importing(specifier));
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain(`resolves to ${target}`);
  });

  it.each([
    ['renderer/app/x.tsx', '../../shared/contract'],
    ['renderer/features/register/x.tsx', '../../components/button'],
    ['renderer/app/x.tsx', '../../renderer/components/button'],
    ['shared/contract/x.ts', '../errors'],
    ['electron/core/vault/x.ts', '../../../shared/errors'],
    ['electron/core/vault/x.ts', '../audit/append-audit-event'],
    ['electron/preload/index.ts', '../../shared/quire-bridge'],
    ['electron/main/x.ts', './secure-window'],
    ['electron/core-host/x.ts', '../core/quire-core'],
    ['electron/cli/commands/x.ts', '../../serve/start-loopback-server'],
    ['electron/serve/x.ts', '../core/quire-core'],
    ['test/core/x.test.ts', '../../electron/main/ipc'],
  ])('allows %s importing %s', async (file, specifier) => {
    expect(await crossingMessages(file, importing(specifier))).toEqual([]);
  });

  it('judges re-exports, dynamic imports, require and type-only imports too', async () => {
    expect(await crossingMessages('renderer/app/x.ts', "export * from '../../electron/core/quire-core';\n")).toHaveLength(1);
    expect(await crossingMessages('renderer/app/x.ts', "export { a } from '../../electron/core/quire-core';\n")).toHaveLength(1);
    expect(await crossingMessages('renderer/app/x.ts', "export const m = () => import('../../electron/core/quire-core');\n")).toHaveLength(1);
    expect(await crossingMessages('electron/preload/index.ts', "export const m = require('../core/quire-core');\n")).toHaveLength(1);
    expect(await crossingMessages('renderer/app/x.ts', "import type { QuireCore } from '../../electron/core/quire-core';\nexport type C = QuireCore;\n")).toHaveLength(1);
    expect(await crossingMessages('renderer/app/x.ts', "export type C = typeof import('../../electron/core/quire-core');\n")).toHaveLength(1);
  });

  it('lets main name the core host’s message types, but not load its code', async () => {
    expect(await crossingMessages('electron/main/x.ts', "import type { ClientCall } from '../core-host/client-sessions';\nexport type C = ClientCall;\n")).toEqual([]);
    expect(await crossingMessages('electron/main/x.ts', "import { type ClientCall } from '../core-host/client-sessions';\nexport type C = ClientCall;\n")).toEqual([]);
    expect(await crossingMessages('electron/main/x.ts', "import { ClientSessions, type ClientCall } from '../core-host/client-sessions';\nexport type C = [ClientCall, ClientSessions];\n")).toHaveLength(1);
  });

  it('says which boundary was crossed and why', async () => {
    const [message] = await crossingMessages('electron/core/vault/x.ts', importing('../../main/ipc'));
    expect(message).toBe(
      "electron/core/ may import only from electron/core/, shared/: '../../main/ipc' resolves to electron/main/ipc. Why: the core runs under plain Node in every host (app, CLI, loopback server): hosts import the core, never the other way round.",
    );
  });
});
