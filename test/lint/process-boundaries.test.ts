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
